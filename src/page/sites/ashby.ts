/** Ashby: jobs.ashbyhq.com; class names are hashed, so match on their stable parts. */
import { all, first, textOf } from './select';
import { urlMatcher } from './factory';
import type { SiteAdapter } from './types';

const MATCHES = ['*://jobs.ashbyhq.com/*'];
const matchesUrl = urlMatcher(MATCHES);

export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: MATCHES,
  matchesUrl,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('[class*="ashby-job-posting"]'),
  find(doc) {
    const root = first(doc, ['[class*="_descriptionText_"]', '[class*="descriptionText"]', '.ashby-job-posting-right-pane [class*="description"]', '#overview']);
    if (!root) {
      // A board's list: links to its postings (/<board>/<uuid>).
      const postings = all(doc, 'a[href]').filter((a) => /\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i.test(a.getAttribute('href') ?? ''));
      if (postings.length >= 2) return { kind: 'not-ad', reason: 'This is a list of Ashby jobs, not one ad: open a job to analyse it.' };
      return null;
    }
    return {
      kind: 'ad',
      roots: [root],
      title: textOf(doc, ['h1[class*="_title_"]', '.ashby-job-posting-heading', 'h1']),
      company: doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
      location: textOf(doc, ['[class*="_location_"]', '[class*="location"] p']),
    };
  },
};

/*
Test URLs:
https://jobs.ashbyhq.com/pixel/3f2e1d0c-aaaa-bbbb-cccc-1234567890ab
https://jobs.ashbyhq.com/pixel
*/
