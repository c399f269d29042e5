import { render } from 'preact';
import { PopupApp } from '../../src/ui/PopupApp';
import '../../src/ui/styles.css';
import { applyTokens } from '../../src/design/tokens';

applyTokens(document);

render(<PopupApp />, document.getElementById('app')!);
