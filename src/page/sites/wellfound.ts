/** Wellfound (formerly AngelList Talent): job pages. */
import { first, hostIs, textOf } from './select';
import type { SiteAdapter } from './types';

export const wellfound: SiteAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  matches: ['*://wellfound.com/*', '*://*.wellfound.com/*'],
  isBoard: (url, doc) => hostIs(url, 'wellfound.com', 'angel.co') || !!doc.querySelector('[data-test="JobDescription"]'),
  find(doc) {
    const root = first(doc, ['[data-test="JobDescription"]', '[class*="styles_description"]', '[class*="JobDescription"]']);
    if (!root) return null;
    return {
      kind: 'ad',
      roots: [root],
      title: textOf(doc, ['[data-test="JobTitle"]', 'h1']),
      company: textOf(doc, ['[data-test="StartupName"]', 'a[href^="/company/"] h2', 'a[href^="/company/"]']),
      location: textOf(doc, ['[data-test="JobLocation"]']),
    };
  },
};
