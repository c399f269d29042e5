/** Workday: *.myworkdayjobs.com job pages, found by their data-automation-id attributes. */
import { count, first, hostIs, textOf } from './select';
import type { SiteAdapter } from './types';

export const workday: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: ['*://*.myworkdayjobs.com/*', '*://*.myworkdaysite.com/*'],
  isBoard: (url, doc) => hostIs(url, 'myworkdayjobs.com', 'myworkdaysite.com') || !!doc.querySelector('[data-automation-id="jobPostingDescription"]'),
  find(doc) {
    const root = first(doc, ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="job-posting-details"]']);
    if (!root) {
      if (count(doc, ['[data-automation-id="jobResults"] li', 'li[class*="jobResult"]']) >= 2) return { kind: 'not-ad', reason: 'This is a list of Workday jobs, not one ad: open a job to analyse it.' };
      return null;
    }
    return {
      kind: 'ad',
      roots: [root],
      title: textOf(doc, ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id]', 'h1']),
      company: null,
      location: textOf(doc, ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]']),
    };
  },
};
