/** Indeed: job pages (/viewjob) and the search split view. */
import { count, first, hostIs, textOf } from './select';
import type { SiteAdapter } from './types';

const DESCRIPTION = ['#jobDescriptionText', '[data-testid="jobDescriptionText"]', '.jobsearch-jobDescriptionText'];
const TITLE = ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1'];
const COMPANY = ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-CompanyInfoContainer a'];
const LOCATION = ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]'];
const CARDS = ['.job_seen_beacon', '.jobsearch-ResultsList > li', '[data-testid="slider_item"]'];

export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: ['*://*.indeed.com/*'],
  isBoard: (url, doc) => hostIs(url, 'indeed.com') || !!doc.querySelector('#jobDescriptionText, .jobsearch-jobDescriptionText, .jobsearch-ResultsList, .job_seen_beacon'),
  find(doc) {
    const root = first(doc, DESCRIPTION);
    if (!root) {
      if (count(doc, CARDS) >= 2) return { kind: 'not-ad', reason: 'This is a list of Indeed jobs, not one ad: open a job to analyse it.' };
      return null;
    }
    const title = textOf(doc, TITLE)?.replace(/\s*-\s*job post$/i, '') ?? null;
    return { kind: 'ad', roots: [root], title, company: textOf(doc, COMPANY), location: textOf(doc, LOCATION) };
  },
};
