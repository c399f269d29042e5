/** Phenom career sites (careers.<company>.com/<country>/<lang>/job/<id>/<title>), found by their data-ph-at-id hooks. */
import { selectorAdapter } from './factory';

export const phenom = selectorAdapter({
  id: 'phenom',
  name: 'Phenom',
  matches: ['*://*.phenompeople.com/*'],
  // Most Phenom sites are on the employer's own domain: found by these.
  markers: ['[data-ph-at-id="jobdescription-text"]', '[data-ph-at-id="job-info"]', '.phw-job-description'],
  description: ['.phw-job-description', '[data-ph-at-id="job-description"]', '[data-ph-at-id="jobdescription-text"]', '.jd-info', '.job-description'],
  title: ['[data-ph-at-id="job-title"]', '.job-title[itemprop="title"]', 'h1.job-title', '.job-title', 'h1'],
  location: ['[data-ph-at-id="job-location"]', '.job-location'],
  // List items carry teasers in the same hooks as the ad: never take the ad from inside one.
  cards: ['[data-ph-at-id="jobs-list-item"]', '[data-ph-at-id="jobs-list"] [role="listitem"]', 'li.jobs-list-item'],
});

/*
Test URLs:
https://acme.phenompeople.com/us/en/job/R0072793/Data-Engineer
On employers' own domains (found by the markers):
https://careers.united.com/us/en/job/WHQ00024224/Software-Developer
*/
