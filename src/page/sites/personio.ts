/** Personio: <company>.jobs.personio.de / .com job pages (they also carry JobPosting JSON-LD). */
import { selectorAdapter } from './factory';

export const personio = selectorAdapter({
  id: 'personio',
  name: 'Personio',
  matches: ['*://*.jobs.personio.de/*', '*://*.jobs.personio.com/*'],
  description: ['[data-test-id="job-description"]', '.job-posting-details-description', '#job-details', '[class*="job-description"]', '.job-details'],
  title: ['[data-test-id="job-title"]', '.job-posting-details-header h1', 'h1'],
  company: ['meta[property="og:site_name"]'],
  location: ['[data-test-id="job-location"]', '[class*="job-location"]'],
  cards: ['[data-test-id="job-list-item"]', 'a.job-box', '.job-list-desktop a'],
});

/*
Test URLs:
https://acme.jobs.personio.de/job/1234567?language=en
https://acme.jobs.personio.com/job/2345678
*/
