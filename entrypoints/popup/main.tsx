import { render } from 'preact';

render(<main>Skillmark</main>, document.getElementById('app')!);
