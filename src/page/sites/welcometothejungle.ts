/** Welcome to the Jungle: /<lang>/companies/<company>/jobs/<slug>; the ad is its description, profile and process sections. */
import { selectorAdapter } from './factory';

export const welcometothejungle = selectorAdapter({
  id: 'welcometothejungle',
  name: 'Welcome to the Jungle',
  matches: ['*://*.welcometothejungle.com/*'],
  markers: ['[data-testid="job-section-description"]'],
  description: ['[data-testid="job-section-description"]'],
  sections: ['[data-testid="job-section-description"]', '[data-testid="job-section-experience"]', '[data-testid="job-section-process"]'],
  title: ['[data-testid="job-metadata-block"] h2', '[data-testid="job-header-title"]', 'h1'],
  company: ['[data-testid="job-metadata-block"] a[href*="/companies/"]', 'meta[property="og:site_name"]'],
  location: ['[data-testid="job-metadata-block"] [href*="/jobs?"]'],
  cards: ['[data-testid="search-results-list-item-wrapper"]', 'li[data-testid*="job"]'],
});

/*
Test URLs:
https://www.welcometothejungle.com/en/companies/wttj/jobs/senior-software-engineer-ruby_paris
https://www.welcometothejungle.com/fr/companies/galadrim/jobs/stage-developpeur-full-stack_paris
https://www.welcometothejungle.com/en/companies/extrahop/jobs/sr-csm_seattle
*/
