import { render } from 'preact';
import { OptionsApp } from '../../src/ui/OptionsApp';
import '../../src/ui/styles.css';
import { applyTokens } from '../../src/design/tokens';

applyTokens(document);

render(<OptionsApp />, document.getElementById('app')!);
