/** BambooHR: <company>.bamboohr.com/careers/<id> (and the older /jobs/view.php?id=). */
import { selectorAdapter } from './factory';

export const bamboohr = selectorAdapter({
  id: 'bamboohr',
  name: 'BambooHR',
  matches: ['*://*.bamboohr.com/careers*', '*://*.bamboohr.com/jobs/*'],
  markers: ['.BambooHR-ATS-board__JobPost', '.ResAtsJobPosting'],
  description: ['[class*="BambooRich"]', '.ResAtsJobPosting__description', '.BambooHR-ATS-board__JobPost [class*="description"]', '#js-jobDescription', '.job-description'],
  title: ['.ResAtsJobPosting__title', '.job-posting-title', 'h2[class*="title"]', 'h1'],
  company: ['meta[property="og:site_name"]'],
  location: ['.ResAtsJobPosting__location', '[class*="location"]'],
  cards: ['.BambooHR-ATS-Jobs-Item', '.ResAtsJobList__item'],
});

/*
Test URLs:
https://acme.bamboohr.com/careers/123
https://graphwise.bamboohr.com/careers/111
https://acme.bamboohr.com/jobs/view.php?id=42
*/
