/** Workable: apply.workable.com job pages; the ad is three sections (description, requirements, benefits). */
import { selectorAdapter } from './factory';

export const workable = selectorAdapter({
  id: 'workable',
  name: 'Workable',
  matches: ['*://apply.workable.com/*', '*://jobs.workable.com/*'],
  markers: ['[data-ui="job-description"]'],
  description: ['main [data-ui="job-description"]', '[data-ui="job-description"]'],
  sections: ['[data-ui="job-description"]', '[data-ui="job-requirements"]', '[data-ui="job-benefits"]'],
  title: ['[data-ui="job-title"]', 'h1'],
  company: ['[data-ui="company-name"]', 'meta[property="og:site_name"]'],
  location: ['[data-ui="job-location"]', '[data-ui="job-location-tooltip"]'],
  cards: ['li[data-ui="job"]', '[data-ui="job-opening"]'],
});

/*
Test URLs:
https://apply.workable.com/acme-corp/j/1A2B3C4D5E/
https://apply.workable.com/huggingface/j/A1B2C3D4E5/
https://jobs.workable.com/view/qX1y2Z3a4b5c/senior-data-engineer-in-berlin-at-acme
*/
