/** Jibe (iCIMS) career sites: <company>.jibeapply.com/jobs/<id>; they carry JobPosting JSON-LD too. */
import { selectorAdapter } from './factory';

export const jibe = selectorAdapter({
  id: 'jibe',
  name: 'Jibe',
  matches: ['*://*.jibeapply.com/*'],
  description: ['#description-body', '.job-description', '[class*="job-description"]', '.main-description-body'],
  title: ['.job-title', 'h1'],
  location: ['.job-location', '[class*="job-location"]'],
  cards: ['.search-result-item', 'mat-expansion-panel', '.job-results-container li'],
});

/*
Test URLs:
https://rivian.jibeapply.com/jobs/12345
https://githubinc.jibeapply.com/jobs/3456?lang=en-us
*/
