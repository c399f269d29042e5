/** Wellfound (formerly AngelList Talent): job pages. */
import { first, hostIs, textOf } from './select';
import { urlMatcher } from './factory';
import type { SiteAdapter } from './types';

const MATCHES = ['*://wellfound.com/*', '*://*.wellfound.com/*'];
const matchesUrl = urlMatcher(MATCHES);

/** Job pages and job searches; not company overviews, profiles or the home page. */
export function isWellfoundJobPath(url: URL): boolean {
  return /^\/(?:jobs|role|location|remote)(?:\/|$)|^\/company\/[^/]+\/jobs(?:\/|$)/.test(url.pathname);
}

export const wellfound: SiteAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  matches: MATCHES,
  matchesUrl,
  jobPage: isWellfoundJobPath,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || hostIs(url, 'angel.co') || !!doc.querySelector('[data-test="JobDescription"]'),
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

/*
Test URLs:
https://wellfound.com/jobs/3012345-frontend-developer
https://wellfound.com/company/acme/jobs/3012345-frontend-developer
https://wellfound.com/jobs?job_listing_slug=3012345-frontend-developer
*/
