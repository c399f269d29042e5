/** Jobvite: jobs.jobvite.com/<company>/job/<id> pages. */
import { selectorAdapter } from './factory';

export const jobvite = selectorAdapter({
  id: 'jobvite',
  name: 'Jobvite',
  matches: ['*://jobs.jobvite.com/*', '*://*.jobvite.com/*'],
  markers: ['.jv-job-detail-description'],
  description: ['.jv-job-detail-description', '.jv-job-detail'],
  title: ['.jv-header', 'h2.jv-header', 'h1'],
  company: ['.jv-logo a', '.jv-company', 'meta[property="og:site_name"]'],
  location: ['.jv-job-detail-meta'],
  cards: ['.jv-job-list tr', '.jv-job-list li'],
});

/*
Test URLs:
https://jobs.jobvite.com/tylertech/job/abc123XY
https://jobs.jobvite.com/acme/job/oQ1a2b3c?nl=1
*/
