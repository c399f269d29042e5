/**
 * What makes the content script read the page again: the ad's own elements changing, the ad being
 * replaced, or the URL changing (single-page apps). Mutations elsewhere on the page (a ticking
 * clock, a chat widget) cost one cheap check and no reading.
 */
import { bringsJobData } from '../../page/job-signals';
import type { Lifecycle } from './lifecycle';

export interface AdWatcher {
  /**
   * Watch these roots (the ad), or the whole page for an ad to appear when there is none. Quiet
   * (a site that is not a board, no ad): only structured job data arriving counts.
   */
  watch(roots: readonly Element[] | null, options?: { quiet?: boolean }): void;
  disconnect(): void;
}

export function watchAd(doc: Document, life: Lifecycle, ignore: Node, onChange: (urgent: boolean) => void): AdWatcher {
  const win = doc.defaultView!;
  let roots: readonly Element[] = [];
  let quiet = false;
  const ours = (n: Node): boolean => n === ignore || ignore.contains(n);

  const inAd = new win.MutationObserver((records) => {
    if (records.some((r) => !ours(r.target))) onChange(false);
  });
  // The rest of the page: only a replaced ad (or, with no ad yet, new content) matters.
  const page = new win.MutationObserver((records) => {
    if (roots.length) {
      if (roots.some((r) => !r.isConnected)) onChange(false);
    } else if (quiet) {
      if (records.some((r) => Array.prototype.some.call(r.addedNodes, bringsJobData))) onChange(false);
    } else if (records.some((r) => !ours(r.target) && r.addedNodes.length)) onChange(false);
  });

  let lastUrl = win.location.href;
  const checkUrl = (): void => {
    const url = win.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    onChange(true);
  };
  life.setInterval(checkUrl, 500);
  life.on(win, 'popstate', checkUrl);
  life.on(win, 'hashchange', checkUrl);

  const disconnect = (): void => {
    inAd.disconnect();
    page.disconnect();
  };
  life.onInvalidated(disconnect);

  return {
    watch(next, options) {
      disconnect();
      roots = next ?? [];
      quiet = !roots.length && options?.quiet === true;
      for (const r of roots) inAd.observe(r, { childList: true, subtree: true, characterData: true });
      // Quiet, structured data may arrive in <head> too.
      page.observe(quiet ? doc.documentElement : (doc.body ?? doc.documentElement), { childList: true, subtree: true });
    },
    disconnect,
  };
}
