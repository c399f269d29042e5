/**
 * The skill card rendered into an OPEN shadow root of a plain test page, for axe (which cannot
 * see into the closed root the extension uses). Same code and CSS as on job pages: only the
 * root's mode differs, and nothing is exposed by the extension itself. Bundled by ui.test.ts.
 */
import { CARD_CSS, createCard, type CardInfo } from '../../src/page/card';
import type { ShadowLayer } from '../../src/page/shadow-layer';

const host = document.createElement('div');
document.body.append(host);
const root = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = CARD_CSS;
root.append(style);
const layer: ShadowLayer = { host, root, attach() {}, destroy() {} };
const card = createCard(layer, () => performance.now());

(globalThis as unknown as { showCard(status: CardInfo['status']): void }).showCard = (status) => {
  card.show({ left: 24, top: 40, bottom: 60 }, { name: 'TensorFlow', category: 'ml-framework', lean: 'ml', status }, () => undefined);
  card.focus();
};
