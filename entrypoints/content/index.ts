import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../src/extension/content';
import { BOARD_MATCHES } from '../../src/page/sites/index';

export default defineContentScript({
  matches: [...BOARD_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // Injected twice (board match + "analyse anyway")? The first one keeps the page.
    const flag = '__skillmarkContent';
    const g = globalThis as Record<string, unknown>;
    if (g[flag]) return;
    g[flag] = true;
    try {
      startContent(ctx);
    } catch {
      // Never throw into the page.
    }
  },
});
