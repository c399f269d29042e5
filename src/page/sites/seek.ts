/** Seek (Australia, New Zealand): job pages and the search split view, found by data-automation hooks. */
import { selectorAdapter } from './factory';

export const seek = selectorAdapter({
  id: 'seek',
  name: 'Seek',
  matches: ['*://*.seek.com.au/*', '*://*.seek.co.nz/*'],
  // The same platform runs Jobstreet and JobsDB: their saved pages carry the same hooks.
  markers: ['[data-automation="jobAdDetails"]', '[data-automation="job-detail-title"]'],
  description: ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]'],
  title: ['[data-automation="job-detail-title"]', 'h1[data-automation]'],
  company: ['[data-automation="advertiser-name"]', '[data-automation="job-detail-company"]'],
  location: ['[data-automation="job-detail-location"]'],
  cards: ['article[data-automation="normalJob"]', 'article[data-automation="premiumJob"]', 'article[data-testid="job-card"]'],
});

/*
Test URLs:
https://www.seek.com.au/job/81234567
https://www.seek.co.nz/job/81234568?type=standard
https://www.seek.com.au/python-jobs/in-All-Sydney-NSW?jobId=81234569&type=standout
*/
