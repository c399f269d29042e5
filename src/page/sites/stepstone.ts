/** StepStone: stellenangebote--…-inline.html job pages, found by their data-at hooks. */
import { selectorAdapter } from './factory';

export const stepstone = selectorAdapter({
  id: 'stepstone',
  name: 'StepStone',
  matches: ['*://*.stepstone.de/*', '*://*.stepstone.at/*', '*://*.stepstone.be/*', '*://*.stepstone.nl/*', '*://*.stepstone.fr/*'],
  markers: ['[data-at="job-ad-content"]', '[data-at="header-job-title"]'],
  description: ['[data-at="job-ad-content"]', '[data-at="section-text-jobDescription-content"]', '.listing-content'],
  title: ['[data-at="header-job-title"]', 'h1'],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  cards: ['article[data-at="job-item"]', '[data-testid="job-item"]'],
});

/*
Test URLs:
https://www.stepstone.de/stellenangebote--Senior-Python-Entwickler-m-w-d-Berlin-Acme-GmbH--12345678-inline.html
https://www.stepstone.at/stellenangebote--Data-Scientist-Wien-Acme--23456789-inline.html
*/
