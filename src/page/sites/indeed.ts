/** Indeed: job pages (/viewjob) and the search split view. */
import { count, first, textOf } from './select';
import { urlMatcher } from './factory';
import type { SiteAdapter } from './types';

const DESCRIPTION = ['#jobDescriptionText', '[data-testid="jobDescriptionText"]', '.jobsearch-jobDescriptionText'];
const TITLE = ['[data-testid="jobsearch-JobInfoHeader-title"]', '[data-testid="simpler-jobTitle"]', '.jobsearch-JobInfoHeader-title', 'h1'];
/** The job's own column: the right pane of a search, or the job page's body. */
const PANE = '#jobsearch-ViewjobPaneWrapper, [class*="ViewjobPane"], .jobsearch-RightPane, #vjs-container, #viewJobSSRRoot, .jobsearch-ViewJobLayout, .jobsearch-JobComponent';
const COMPANY = ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-CompanyInfoContainer a'];
const LOCATION = ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]'];
const CARDS = ['.job_seen_beacon', '.jobsearch-ResultsList > li', '[data-testid="slider_item"]'];

const MATCHES = ['*://*.indeed.com/*'];
const matchesUrl = urlMatcher(MATCHES);

/** Job pages and searches (whose pane shows a job); not reviews, salaries, career advice or the account. */
export function isIndeedJobPath(url: URL): boolean {
  if (url.searchParams.has('jk') || url.searchParams.has('vjk')) return true;
  return /^\/(?:viewjob|rc\/clk|pagead\/clk|jobs\b|q-|l-|m\/(?:basecamp\/)?viewjob|m\/jobs|cmp\/[^/]+\/jobs)/i.test(url.pathname);
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: MATCHES,
  matchesUrl,
  jobPage: isIndeedJobPath,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('#jobDescriptionText, .jobsearch-jobDescriptionText, .jobsearch-ResultsList, .job_seen_beacon'),
  find(doc) {
    const root = first(doc, DESCRIPTION);
    if (!root) {
      if (count(doc, CARDS) >= 2) return { kind: 'not-ad', reason: 'This is a list of Indeed jobs, not one ad: open a job to analyse it.' };
      return null;
    }
    // In a split view the list's cards have titles too: read the pane's first.
    const pane = root.closest(PANE) ?? doc;
    const title = (textOf(pane, TITLE) ?? textOf(doc, TITLE))?.replace(/\s*-\s*job post$/i, '') ?? null;
    return { kind: 'ad', roots: [root], title, company: textOf(pane, COMPANY) ?? textOf(doc, COMPANY), location: textOf(pane, LOCATION) ?? textOf(doc, LOCATION) };
  },
};

/*
Test URLs:
https://www.indeed.com/viewjob?jk=abc123def4567890
https://www.indeed.com/jobs?q=python&l=Remote&vjk=abc123def4567890
https://uk.indeed.com/viewjob?jk=0123456789abcdef
https://www.indeed.com/q-data-scientist-l-new-york,-ny-jobs.html?vjk=0123456789abcdef
*/
