/** Greenhouse: boards.greenhouse.io (classic), job-boards.greenhouse.io (new), and embedded boards. */
import { count, first, textOf } from './select';
import { fieldOf, urlMatcher } from './factory';
import type { SiteAdapter } from './types';

const DESCRIPTION = ['.job__description', '#content', '.job-post-content'];
const TITLE = ['.job__title h1', 'h1.app-title', '.app-title', '.job__title h2', '.job__header .section-header--large', '.job__header h1', '.job__header h2', '.job__title', 'h1'];
/** The tab and share titles name the job too: "Job Application for TITLE at COMPANY". */
const PAGE_TITLES = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'title'];
const COMPANY = ['.company-name', '.job__header .company', '.job__header img.logo', 'header img.logo', '.logo img'];
const LOCATION = ['.job__location', '.location'];

const MATCHES = ['*://boards.greenhouse.io/*', '*://job-boards.greenhouse.io/*', '*://boards.eu.greenhouse.io/*', '*://job-boards.eu.greenhouse.io/*'];
const matchesUrl = urlMatcher(MATCHES);

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: MATCHES,
  matchesUrl,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('#grnhse_app, #app_body .app-title, .job__description'),
  find(doc) {
    const root = first(doc, DESCRIPTION);
    if (!root) {
      if (doc.querySelector('#grnhse_app iframe, iframe#grnhse_iframe'))
        return { kind: 'not-ad', reason: 'The Greenhouse ad is in an embedded frame: open the job on its Greenhouse page to analyse it.' };
      if (count(doc, ['.opening', '.job-post', 'tr.job-post']) >= 2) return { kind: 'not-ad', reason: 'This is a list of openings, not one ad: open a job to analyse it.' };
      return null;
    }
    const named = /^Job Application for (.+) at (.+)$/i.exec(fieldOf(doc, PAGE_TITLES) ?? '');
    const company = fieldOf(doc, COMPANY)?.replace(/^at\s+|\s+logo$/gi, '') || named?.[2] || null;
    return { kind: 'ad', roots: [root], title: textOf(doc, TITLE) ?? named?.[1] ?? null, company, location: textOf(doc, LOCATION) };
  },
};

/*
Test URLs:
https://job-boards.greenhouse.io/anthropic/jobs/4567890008
https://boards.greenhouse.io/northwind/jobs/1234567
https://job-boards.eu.greenhouse.io/acme/jobs/4012345101
*/
