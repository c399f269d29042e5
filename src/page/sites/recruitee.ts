/** Recruitee: <company>.recruitee.com/o/<offer> career pages. */
import { selectorAdapter } from './factory';

export const recruitee = selectorAdapter({
  id: 'recruitee',
  name: 'Recruitee',
  matches: ['*://*.recruitee.com/*'],
  markers: ['.custom-css-style-job-description', '.custom-css-style-job-title'],
  description: ['.custom-css-style-job-description', '[data-testid="offer-description"]', '.offer-description', '.description'],
  title: ['.custom-css-style-job-title', '.offer-header h1', 'h1'],
  company: ['meta[property="og:site_name"]'],
  location: ['.custom-css-style-job-location', '.offer-header [class*="location"]'],
  cards: ['.custom-css-style-job-offers-list li', '[data-testid="offer-list-item"]', '.offer-list-item'],
});

/*
Test URLs:
https://acme.recruitee.com/o/senior-backend-engineer
https://careers.recruitee.com/o/product-designer
*/
