/**
 * Why Skillmark cannot read a tab, in words a user can act on. The browser's own messages
 * ("Cannot access contents of the page. Extension manifest must request permission…") say what
 * failed, not why or what to do.
 */

const BROWSER_PAGES = /^(?:chrome|chrome-untrusted|chrome-search|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-extension|moz-extension|resource|jar):/i;
const STORES = [/^https?:\/\/chromewebstore\.google\.com\//i, /^https?:\/\/chrome\.google\.com\/webstore/i, /^https?:\/\/addons\.mozilla\.org\//i, /^https?:\/\/microsoftedge\.microsoft\.com\/addons/i];

export const PREFIX = 'Skillmark cannot read this page: ';

/** A page no extension may read, known from its URL before trying: the reason, or null. */
export function closedPageReason(url: string | undefined | null): string | null {
  if (!url) return null;
  if (BROWSER_PAGES.test(url)) return `${PREFIX}it is one of the browser's own pages (settings, new tab, extensions…), which browsers keep closed to every extension.`;
  if (STORES.some((s) => s.test(url))) return `${PREFIX}extension stores are closed to every extension by the browser.`;
  return null;
}

/** The browser's error from `scripting.executeScript`, explained. */
export function explainAccessError(error: unknown, url?: string | null): string {
  const message = String((error as Error)?.message ?? error ?? '');
  const closed = closedPageReason(url);
  if (closed) return closed;
  if (/chrome:\/\/|extensions gallery|cannot be scripted|privileged|about:/i.test(message)) return closedPageReason('chrome://x')!;
  if (url?.startsWith('file:') || /file:/.test(message))
    return `${PREFIX}files on your computer are readable only if you allow it ("Allow access to file URLs" in Skillmark's details in the browser's extensions page).`;
  if (/\.pdf(?:$|[?#])/i.test(url ?? '') || /pdf/i.test(message))
    return `${PREFIX}the browser's PDF viewer is closed to extensions. Select the ad's text and choose "Analyse the selected text with Skillmark" from the right-click menu.`;
  if (/error page/i.test(message)) return `${PREFIX}the tab shows an error page: load the ad first.`;
  if (/cannot access contents|missing host permission|permission to access/i.test(message))
    return `${PREFIX}Skillmark has no access to this tab right now. Click Skillmark's button in the toolbar while this page is open and press "Analyse this page anyway" there: that click lets it read this one tab. (Some sites and browser policies block extensions entirely.)`;
  if (/no tab with id|invalid tab/i.test(message)) return `${PREFIX}the tab is gone.`;
  return `${PREFIX}${message || 'the browser refused without saying why.'}`;
}
