import { describe, expect, it } from 'vitest';
import { closedPageReason, explainAccessError } from '../../src/extension/page-access';

const NO_HOST = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

describe('why a page cannot be read, in words', () => {
  it('knows the browser\'s own pages and the extension stores from their address', () => {
    for (const url of ['chrome://settings/', 'edge://newtab/', 'about:addons', 'chrome-extension://abc/popup.html', 'view-source:https://x.org/'])
      expect(closedPageReason(url), url).toMatch(/browser's own pages/);
    for (const url of ['https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/detail/x', 'https://addons.mozilla.org/en-US/firefox/addon/x/'])
      expect(closedPageReason(url), url).toMatch(/extension stores/);
    expect(closedPageReason('https://careers.example.org/jobs/1')).toBeNull();
    expect(closedPageReason(undefined)).toBeNull();
  });

  it('turns the browser\'s messages into what to do', () => {
    expect(explainAccessError(new Error(NO_HOST))).toMatch(/no access to this tab right now\. Click Skillmark's button in the toolbar/);
    expect(explainAccessError(new Error('Cannot access a chrome:// URL'))).toMatch(/browser's own pages/);
    expect(explainAccessError(new Error('The extensions gallery cannot be scripted.'))).toMatch(/browser's own pages/);
    expect(explainAccessError(new Error(NO_HOST), 'file:///home/me/ad.html')).toMatch(/Allow access to file URLs/);
    expect(explainAccessError(new Error(NO_HOST), 'https://x.org/ad.pdf')).toMatch(/PDF viewer.*Analyse the selected text with Skillmark/);
    expect(explainAccessError(new Error('Frame with ID 0 is showing error page'))).toMatch(/error page/);
    expect(explainAccessError(new Error('No tab with id: 5.'))).toMatch(/tab is gone/);
    expect(explainAccessError(new Error('Something new'))).toBe('Skillmark cannot read this page: Something new');
    // Every explanation starts the same way: the popup shows it as it is.
    expect(explainAccessError(new Error(NO_HOST), 'chrome://newtab/')).toMatch(/^Skillmark cannot read this page: /);
  });
});
