/** LinkedIn: guest job view, signed-in /jobs/view/, the search split view (currentJobId), new layouts. */
import { count, first, hostIs, textOf } from './select';
import type { SiteAdapter } from './types';

const DESCRIPTION = [
  '[componentkey^="JobDetails_AboutTheJob_"] [data-testid="expandable-text-box"]',
  '.jobs-description__content .jobs-box__html-content',
  '.jobs-description-content__text',
  '#job-details',
  '.jobs-description__content',
  '.show-more-less-html__markup',
  '.description__text',
];
const TITLE = [
  '.job-details-jobs-unified-top-card__job-title h1',
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  '.topcard__title',
  'h1',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  '.topcard__org-name-link',
  '.top-card-layout__second-subline .topcard__flavor',
];
const LOCATION = ['.job-details-jobs-unified-top-card__bullet', '.topcard__flavor--bullet', '.jobs-unified-top-card__bullet'];
const CARDS = ['.base-search-card', '.job-card-container', '.jobs-search__results-list > li', '.job-search-card', '.scaffold-layout__list-item'];

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  // The whole site: LinkedIn is a single-page app, and a content script only enters on a full
  // page load, so one that starts on the feed must already be there when the user opens a job.
  matches: ['*://*.linkedin.com/*'],
  isBoard: (url, doc) => hostIs(url, 'linkedin.com') || !!doc.querySelector('.show-more-less-html__markup, .jobs-description__content, .base-search-card'),
  find(doc, url) {
    const root = first(doc, DESCRIPTION);
    if (!root) {
      if (count(doc, CARDS) >= 2) return { kind: 'not-ad', reason: 'This is a list of LinkedIn jobs, not one ad: open a job to analyse it.' };
      // The feed, profiles, messages: posts there talk about jobs but are not ads.
      if (url && !/\/jobs\//.test(url.pathname)) return { kind: 'not-ad', reason: 'This LinkedIn page is not a job ad: open a job to analyse it.' };
      return null;
    }
    return { kind: 'ad', roots: [root], title: textOf(doc, TITLE), company: textOf(doc, COMPANY), location: textOf(doc, LOCATION) };
  },
};
