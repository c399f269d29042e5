/** SmartRecruiters: jobs.smartrecruiters.com postings (schema.org microdata around the ad). */
import { selectorAdapter } from './factory';

export const smartrecruiters = selectorAdapter({
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: ['*://jobs.smartrecruiters.com/*', '*://careers.smartrecruiters.com/*'],
  markers: ['#st-jobDescription', '.job-sections [itemprop="description"]'],
  description: ['.job-sections [itemprop="description"]', '[itemprop="description"]', '.job-sections', '#st-jobDescription'],
  title: ['h1.job-title', '[itemprop="title"]', 'h1'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', 'meta[property="og:site_name"]'],
  location: ['spl-job-location', '[itemprop="jobLocation"]', '.job-detail'],
  cards: ['li.opening-job', '.opening-job', '.js-openings-load li'],
});

/*
Test URLs:
https://jobs.smartrecruiters.com/Visa/744000012345678-senior-software-engineer
https://jobs.smartrecruiters.com/BoschGroup/743999987654321-data-scientist-ml-
*/
