/** Workday: *.myworkdayjobs.com job pages, found by their data-automation-id attributes. */
import { count, first, textOf } from './select';
import { urlMatcher } from './factory';
import type { SiteAdapter } from './types';

const MATCHES = ['*://*.myworkdayjobs.com/*', '*://*.myworkdaysite.com/*'];
const matchesUrl = urlMatcher(MATCHES);

export const workday: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: MATCHES,
  matchesUrl,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('[data-automation-id="jobPostingDescription"]'),
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

/*
Test URLs:
https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Software-Engineer_R-1234
https://wd3.myworkdaysite.com/recruiting/acme/External/job/Remote/Data-Scientist_JR-5678
*/
