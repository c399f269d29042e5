/** Glassdoor: job pages and the job view beside search results (hashed class names). */
import { first, hostIs, textOf } from './select';
import type { SiteAdapter } from './types';

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: ['*://*.glassdoor.com/*', '*://*.glassdoor.co.uk/*', '*://*.glassdoor.ca/*', '*://*.glassdoor.de/*', '*://*.glassdoor.fr/*', '*://*.glassdoor.co.in/*', '*://*.glassdoor.com.au/*'],
  isBoard: (url, doc) => hostIs(url, 'glassdoor.com', 'glassdoor.co.uk', 'glassdoor.ca', 'glassdoor.de', 'glassdoor.fr', 'glassdoor.co.in', 'glassdoor.com.au') || !!doc.querySelector('[class*="JobDetails_jobDescription"]'),
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
