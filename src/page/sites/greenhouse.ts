/** Greenhouse: boards.greenhouse.io (classic), job-boards.greenhouse.io (new), and embedded boards. */
import { count, first, textOf } from './select';
import { urlMatcher } from './factory';
import type { SiteAdapter } from './types';

const DESCRIPTION = ['.job__description', '#content', '.job-post-content'];
const TITLE = ['.job__title h1', 'h1.app-title', '.app-title', '.job__title', 'h1'];
const COMPANY = ['.company-name', '.job__header .company'];
const LOCATION = ['.job__location', '.location'];

const MATCHES = ['*://boards.greenhouse.io/*', '*://job-boards.greenhouse.io/*', '*://boards.eu.greenhouse.io/*', '*://job-boards.eu.greenhouse.io/*'];
const matchesUrl = urlMatcher(MATCHES);

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: MATCHES,
  matchesUrl,
  testUrls: ['https://job-boards.greenhouse.io/anthropic/jobs/4567890008', 'https://boards.greenhouse.io/northwind/jobs/1234567', 'https://job-boards.eu.greenhouse.io/acme/jobs/4012345101'],
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('#grnhse_app, #app_body .app-title, .job__description'),
  find(doc) {
    const root = first(doc, DESCRIPTION);
    if (!root) {
      if (doc.querySelector('#grnhse_app iframe, iframe#grnhse_iframe'))
        return { kind: 'not-ad', reason: 'The Greenhouse ad is in an embedded frame: open the job on its Greenhouse page to analyse it.' };
      if (count(doc, ['.opening', '.job-post', 'tr.job-post']) >= 2) return { kind: 'not-ad', reason: 'This is a list of openings, not one ad: open a job to analyse it.' };
      return null;
    }
    const company = textOf(doc, COMPANY)?.replace(/^at\s+/i, '') ?? null;
    return { kind: 'ad', roots: [root], title: textOf(doc, TITLE), company, location: textOf(doc, LOCATION) };
  },
};
