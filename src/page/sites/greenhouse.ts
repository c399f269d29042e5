/** Greenhouse: boards.greenhouse.io (classic), job-boards.greenhouse.io (new), and embedded boards. */
import { count, first, hostIs, textOf } from './select';
import type { SiteAdapter } from './types';

const DESCRIPTION = ['.job__description', '#content', '.job-post-content'];
const TITLE = ['.job__title h1', 'h1.app-title', '.app-title', '.job__title', 'h1'];
const COMPANY = ['.company-name', '.job__header .company'];
const LOCATION = ['.job__location', '.location'];

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: ['*://boards.greenhouse.io/*', '*://job-boards.greenhouse.io/*', '*://boards.eu.greenhouse.io/*', '*://job-boards.eu.greenhouse.io/*'],
  isBoard: (url, doc) => hostIs(url, 'greenhouse.io') || !!doc.querySelector('#grnhse_app, #app_body .app-title, .job__description'),
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
