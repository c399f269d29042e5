/** Teamtailor: <company>.teamtailor.com/jobs/<id>-<slug> career sites. */
import { selectorAdapter } from './factory';

export const teamtailor = selectorAdapter({
  id: 'teamtailor',
  name: 'Teamtailor',
  matches: ['*://*.teamtailor.com/*'],
  markers: ['[data-controller*="careersite--job-description"]'],
  description: ['[data-controller*="careersite--job-description"]', '.body-block .prose', '.body-block', '[class*="job-body"]'],
  title: ['h1'],
  company: ['meta[property="og:site_name"]'],
  location: ['[data-controller*="job-locations"]', '[class*="job-location"]'],
  cards: ['#jobs_list_container li', 'ul#jobs_list_container > li', '[data-controller*="jobs-list"] li'],
});

/*
Test URLs:
https://acme.teamtailor.com/jobs/4123456-senior-backend-engineer
https://career.teamtailor.com/jobs/1234567-product-designer
*/
