/** Dice: www.dice.com/job-detail/<uuid> pages. */
import { selectorAdapter } from './factory';

export const dice = selectorAdapter({
  id: 'dice',
  name: 'Dice',
  matches: ['*://*.dice.com/*'],
  markers: ['[data-testid="jobDescriptionHtml"]'],
  description: ['[data-testid="jobDescriptionHtml"]', '#jobDescription', '[data-cy="jobDescription"]'],
  title: ['h1[data-cy="jobTitle"]', '[data-testid="job-detail-header-card"] h1', 'h1'],
  company: ['[data-cy="companyNameLink"]', '[data-testid="job-detail-header-card"] a[href*="company-profile"]'],
  location: ['[data-cy="location"]', '[data-testid="job-detail-header-card"] [data-testid="location"]'],
  cards: ['[data-testid="job-search-serp-card"]', '[data-cy="search-card"]', 'dhi-search-card'],
});

/*
Test URLs:
https://www.dice.com/job-detail/e90f5d56-0b18-4fd6-ab4a-3a53bf85671d
https://www.dice.com/job-detail/041b9ff8-de16-4843-aa2d-d401d6790394
*/
