/** Ashby: jobs.ashbyhq.com; class names are hashed, so match on their stable parts. */
import { first, hostIs, textOf } from './select';
import type { SiteAdapter } from './types';

export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['*://jobs.ashbyhq.com/*'],
  isBoard: (url, doc) => hostIs(url, 'ashbyhq.com') || !!doc.querySelector('[class*="ashby-job-posting"]'),
  find(doc) {
    const root = first(doc, ['[class*="_descriptionText_"]', '[class*="descriptionText"]', '.ashby-job-posting-right-pane [class*="description"]', '#overview']);
    if (!root) return null;
    return {
      kind: 'ad',
      roots: [root],
      title: textOf(doc, ['h1[class*="_title_"]', '.ashby-job-posting-heading', 'h1']),
      company: doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
      location: textOf(doc, ['[class*="_location_"]', '[class*="location"] p']),
    };
  },
};
