/** Eightfold career sites: <company>.eightfold.ai/careers?pid=… and employers' own domains on it. */
import { selectorAdapter } from './factory';

export const eightfold = selectorAdapter({
  id: 'eightfold',
  name: 'Eightfold',
  matches: ['*://*.eightfold.ai/*'],
  // Employers' own domains are found by these.
  markers: ['.position-job-description', '[class*="position-job-description"]'],
  description: ['.position-job-description', '[class*="position-job-description"]', '[data-test-id="job-description"]'],
  title: ['.position-title', '[class*="position-title"]', 'h1'],
  location: ['.position-location', '[class*="position-location"]'],
  cards: ['.position-card', '[class*="position-card"]'],
});

/*
Test URLs:
https://acme.eightfold.ai/careers?pid=563362123456789&domain=acme.com
https://acme.eightfold.ai/careers/job/563362123456789
On employers' own domains (found by the markers):
https://explore.jobs.netflix.net/careers/job/790298012345
*/
