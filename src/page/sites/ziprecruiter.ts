/** ZipRecruiter: job pages (/c/<company>/Job/..., /jobs/...). */
import { selectorAdapter } from './factory';

export const ziprecruiter = selectorAdapter({
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  matches: ['*://*.ziprecruiter.com/*', '*://*.ziprecruiter.co.uk/*'],
  markers: ['.job_description', '[class*="jobDescriptionSection"]'],
  description: ['.job_description', '[class*="jobDescriptionSection"]', '[data-testid="job-description"]', '.job_details'],
  title: ['h1.job_title', '[data-testid="job-title"]', 'h1'],
  company: ['.hiring_company_text', '[data-testid="job-details-company-name"]', '.hiring_company'],
  location: ['.location_text', '[data-testid="job-details-location"]'],
  cards: ['article.job_result', '.job_result_two_pane', '[data-testid="job-card"]'],
});

/*
Test URLs:
https://www.ziprecruiter.com/c/Acme/Job/Senior-Python-Developer/-in-Austin,TX?jid=0a1b2c3d4e5f6a7b
https://www.ziprecruiter.com/jobs/acme-corp-1a2b3c4d/senior-python-developer-5e6f7a8b
*/
