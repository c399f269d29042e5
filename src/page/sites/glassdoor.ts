/** Glassdoor: job pages and the job view beside search results (hashed class names). */
import { first, textOf } from './select';
import { urlMatcher } from './factory';
import type { SiteAdapter } from './types';

const MATCHES = ['*://*.glassdoor.com/*', '*://*.glassdoor.co.uk/*', '*://*.glassdoor.ca/*', '*://*.glassdoor.de/*', '*://*.glassdoor.fr/*', '*://*.glassdoor.co.in/*', '*://*.glassdoor.com.au/*'];
const matchesUrl = urlMatcher(MATCHES);

/** Job listings and job searches; not reviews, salaries, interviews or company overviews. */
export function isGlassdoorJobPath(url: URL): boolean {
  if (url.searchParams.has('jl') || url.searchParams.has('jobListingId')) return true;
  return /^\/(?:job-listing\/|Job\/|Jobs\/|partner\/jobListing)/i.test(url.pathname);
}

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: MATCHES,
  matchesUrl,
  jobPage: isGlassdoorJobPath,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('[class*="JobDetails_jobDescription"]'),
  find(doc) {
    const root = first(doc, ['[class*="JobDetails_jobDescription"]', '[data-test="jobDescriptionContent"]', '[data-test="job-description"]', '.jobDescriptionContent', '#JobDescriptionContainer']);
    if (!root) return null;
    return {
      kind: 'ad',
      roots: [root],
      title: textOf(doc, ['[data-test="job-title"]', '[class*="JobDetails_jobTitle"]', 'h1']),
      company: textOf(doc, ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]']),
      location: textOf(doc, ['[data-test="location"]', '[class*="JobDetails_location"]']),
    };
  },
};

/*
Test URLs:
https://www.glassdoor.com/job-listing/machine-learning-engineer-acme-JV_IC1147401_KO0,25_KE26,30.htm?jl=1009123456789
https://www.glassdoor.co.uk/Job/london-python-developer-jobs-SRCH_IL.0,6_IC2671300_KO7,23.htm
*/
