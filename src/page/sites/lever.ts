/** Lever: jobs.lever.co postings; /apply pages hold the form, not the description. */
import { all, count, textOf } from './select';
import { urlMatcher } from './factory';
import type { SiteAdapter } from './types';

const TITLE = ['.posting-headline h2', '[data-qa="posting-name"]', '.posting-header h2', 'h2'];
const COMPANY = ['.main-header-logo img[alt]', '.main-header-text-logo'];
const LOCATION = ['.posting-categories .location', '.posting-categories .sort-by-location', '[data-qa="posting-location"]'];

const MATCHES = ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'];
const matchesUrl = urlMatcher(MATCHES);

export const lever: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: MATCHES,
  matchesUrl,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('.posting-headline, .postings-btn-wrapper'),
  find(doc, url) {
    if ((url && /\/apply\/?$/.test(url.pathname)) || doc.querySelector('form#application-form, .application-form')) {
      if (!doc.querySelector('[data-qa="job-description"], .posting-page .section.page-centered [data-qa="job-description"]'))
        return { kind: 'not-ad', reason: 'This is a Lever application form, without the job description: open the posting itself.' };
    }
    // The ad is a run of sections: the description, then one per list (Requirements, ...).
    const sections = all(doc, '.posting-page .content .section.page-centered, .posting-page [data-qa="job-description"], .posting-page [data-qa="closing-description"]').filter(
      (el) => !el.querySelector('.postings-btn, a[href*="/apply"]') && !el.closest('.posting-header') && (el.textContent ?? '').trim(),
    );
    const roots = sections.filter((el) => !sections.some((other) => other !== el && other.contains(el)));
    if (!roots.length) {
      if (count(doc, ['.posting', '.postings-group .posting']) >= 2) return { kind: 'not-ad', reason: 'This is a list of Lever postings, not one ad: open a job to analyse it.' };
      return null;
    }
    const img = doc.querySelector('.main-header-logo img[alt]');
    const company = img?.getAttribute('alt')?.replace(/\s*logo$/i, '') || textOf(doc, COMPANY);
    return { kind: 'ad', roots, title: textOf(doc, TITLE), company: company || null, location: textOf(doc, LOCATION) };
  },
};

/*
Test URLs:
https://jobs.lever.co/northwind/8f3c2a10-1234-4bcd-9ef0-123456789abc
https://jobs.eu.lever.co/acme/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
*/
