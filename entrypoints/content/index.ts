import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../src/extension/content/index';
import { createLifecycle } from '../../src/extension/content/lifecycle';
import { sendMessage } from '../../src/extension/messages';
import { BOARD_MATCHES } from '../../src/page/sites/index';

export default defineContentScript({
  matches: [...BOARD_MATCHES],
  runAt: 'document_idle',
  // WXT would otherwise post the extension's id to the page on start-up.
  noScriptStartedPostMessage: true,
  main() {
    // Skillmark's own lifetime, not WXT's context: the page can end the latter with one event.
    // Injected twice (board match + "analyse anyway")? The first one keeps the page.
    const g = globalThis as { __skillmarkContent?: unknown; __skillmarkInspect?: unknown };
    if (g.__skillmarkContent) return;
    g.__skillmarkContent = true;
    try {
      const life = createLifecycle(window, () => browser.runtime?.id != null);
      const handle = startContent(life);
      // Readable from this isolated world only (tests, the page-side benchmark): never by the page.
      g.__skillmarkInspect = handle.stats;
    } catch (e) {
      // Never thrown into the page, never swallowed: the popup shows it.
      void sendMessage('reportError', `Skillmark could not start on this page: ${(e as Error)?.message ?? e}`).catch(() => undefined);
    }
  },
});
