/**
 * LinkedIn: the guest job view, the classic signed-in view and search split view, and the 2025-2026
 * signed-in layout whose component keys are random UUIDs. There the stable hooks are the
 * `expandable-text-box` under "About the job", the document title "TITLE | COMPANY | LinkedIn" and
 * the job id in the URL. LinkedIn A/B-tests layouts, so every field has fallbacks; a page where no
 * description is found says so rather than letting the generic finder take the whole page.
 */
import { urlMatcher } from './factory';
import { all, count, first, textOf } from './select';
import type { SiteAdapter } from './types';

const BOX = '[data-testid="expandable-text-box"]';
/** Layouts whose description has a stable name (newest first). */
const DESCRIPTION = [
  `[componentkey^="JobDetails_AboutTheJob_"] ${BOX}`,
  `[id^="JobDetails_AboutTheJob_"] ${BOX}`,
  `[data-sdui-component*="aboutTheJob"] ${BOX}`,
  `[data-view-name="job-description"] ${BOX}`,
  '.jobs-description__content .jobs-box__html-content',
  '.jobs-description-content__text',
  '#job-details',
  '.jobs-description__content',
  '.show-more-less-html__markup',
  '.description__text',
  '[data-view-name="job-description"]',
  '[data-sdui-component*="aboutTheJob"]',
];
const TITLE = [
  '.job-details-jobs-unified-top-card__job-title h1',
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  '.topcard__title',
  '[data-view-name="job-title"]',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  '.topcard__org-name-link',
  '.top-card-layout__second-subline .topcard__flavor',
];
const LOCATION = ['.job-details-jobs-unified-top-card__bullet', '.topcard__flavor--bullet', '.jobs-unified-top-card__bullet'];
/** Job cards of search lists: guest, classic signed-in, and the 2026 list (role="button" cards with a Dismiss button). */
const CARDS = [
  '.base-search-card',
  '.job-card-container',
  '.jobs-search__results-list > li',
  '.job-search-card',
  '.scaffold-layout__list-item',
  '[componentkey="SearchResultsMainContent"] [role="button"][componentkey]',
  '[data-view-name="job-search-job-card"]',
  'div[role="button"]:has(button[aria-label^="Dismiss"])',
];
/** "About the job" in the languages LinkedIn's UI is most used in. */
const ABOUT_THE_JOB = /^(?:about the job|about this job|info zum job|über den job|à propos de l[’']offre d[’']emploi|acerca del empleo|sobre la vacante|informazioni sull[’']offerta di lavoro|sobre a vaga|over de vacature|om jobbet|o ofercie pracy)$/i;

const MATCHES = ['*://*.linkedin.com/*'];
const matchesUrl = urlMatcher(MATCHES);

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
/** The job's own column: the standalone view's screen (…jobs.JobDetails) or a search's pane (…SemanticJobDetails). */
const PANE = '[data-sdui-screen*="JobDetails"], [data-view-name="job-detail-page"], .jobs-search__job-details, .job-view-layout';

/** Not inside markup that hides it (a stale pane the app keeps around, hidden copies). */
function shown(el: Element): boolean {
  try {
    return !el.closest('[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]');
  } catch {
    return true;
  }
}

/** An element's words, a <br> counting as a space (titles wrap with <br>), icons and hidden labels left out. */
function inlineText(el: Element | null): string {
  if (!el) return '';
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      const tag = e.tagName.toUpperCase();
      if (tag === 'BR') out += ' ';
      else if (tag !== 'SVG' && tag !== 'BUTTON' && !/\bvisually-hidden\b/.test(e.getAttribute('class') ?? '')) for (let c = e.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return squash(out);
}

/** The job the page is about: `currentJobId=` (search views) or `/jobs/view/<slug->ID`. */
export function linkedinJobId(url: URL | null): string | null {
  if (!url) return null;
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d+$/.test(current)) return current;
  return /\/jobs\/view\/(?:[^/]*?-)?(\d{5,})(?:[/?]|$)/.exec(url.pathname + '/')?.[1] ?? null;
}

/** "(3) Senior Engineer | Acme | LinkedIn" → title and company; lists ("Python jobs | LinkedIn") give nothing. */
function fromDocumentTitle(doc: Document): { title: string; company: string } | null {
  const parts = squash(doc.title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(/\s+\|\s+/);
  if (parts.length < 3 || !/^LinkedIn$/i.test(parts[parts.length - 1]!)) return null;
  const [title, company] = parts as [string, string];
  if (/\bjobs?\b.*\b(?:in|near)\b|^jobs?$|^\d[\d,.]*\+? /i.test(title)) return null;
  return { title, company };
}

/** The description box under the "About the job" heading, whatever the component keys are called. */
function underAboutTheJob(doc: Document): Element | null {
  let inSection = false;
  let heading: Element | null = null;
  // Headings end a section; a plain <p>/<span> can only start one (styled text stands for headings in some layouts).
  for (const el of all(doc, `h1, h2, h3, h4, [role="heading"], p, span, ${BOX}`)) {
    if (el.matches(BOX)) {
      if (inSection && (el.textContent ?? '').trim() && shown(el)) return el;
      continue;
    }
    const about = ABOUT_THE_JOB.test(squash(el.textContent));
    if (about) heading = el;
    if (about || /^H[1-4]$/i.test(el.tagName) || el.getAttribute('role') === 'heading') inSection = about;
  }
  // A heading with the text beside it in plain elements (no expandable box): its section.
  const section = heading?.closest('section') ?? heading?.parentElement;
  return section && squash(section.textContent).length > squash(heading!.textContent).length + 100 ? section : null;
}

/** The longest description box outside lists and comments, in `scope` (last resort). */
function longestBox(scope: ParentNode): Element | null {
  let best: Element | null = null;
  let bestLength = 300;
  for (const box of all(scope, BOX)) {
    if (box.closest('[role="listitem"], [role="list"]') || !shown(box)) continue;
    const length = squash(box.textContent).length;
    if (length > bestLength) {
      best = box;
      bestLength = length;
    }
  }
  return best;
}

/** The first selector's first shown element with text. */
function firstShown(doc: Document, selectors: readonly string[]): Element | null {
  for (const sel of selectors) for (const el of all(doc, sel)) if ((el.textContent ?? '').trim() && shown(el)) return el;
  return null;
}

function description(doc: Document, id: string | null, url: URL | null): Element | null {
  if (id) {
    const exact = first(doc, [`[componentkey="JobDetails_AboutTheJob_${id}"] ${BOX}`, `#JobDetails_AboutTheJob_${id} ${BOX}`]);
    if (exact) return exact;
  }
  const pane = doc.querySelector(PANE);
  return firstShown(doc, DESCRIPTION) ?? underAboutTheJob(doc) ?? (pane ? longestBox(pane) : null) ?? (url && /\/jobs\/view\//.test(url.pathname) ? longestBox(doc) : null);
}

/** Whether `a` comes before `b` in document order (linkedom's compareDocumentPosition is inverted). */
function precedes(a: Node, b: Node): boolean {
  const path = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) out.unshift(x);
    return out;
  };
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length || i === pb.length) return pa.length < pb.length; // an ancestor comes first
  const siblings = Array.from(pa[i - 1]!.childNodes);
  return siblings.indexOf(pa[i] as ChildNode) < siblings.indexOf(pb[i] as ChildNode);
}

/** The nearest element matching `selector` before `root` in document order (the detail pane's header). */
function lastBefore(doc: Document, selector: string, root: Element): Element | null {
  let found: Element | null = null;
  for (const el of all(doc, selector)) {
    if (!el.contains(root) && squash(el.textContent) && precedes(el, root)) found = el;
  }
  return found;
}

function titleOf(doc: Document, root: Element, id: string | null, fromTitle: { title: string } | null, onJobView: boolean): string | null {
  const classic = textOf(doc, TITLE);
  if (classic) return classic;
  const link = id ? lastBefore(doc, `a[href*="/jobs/view/${id}"]`, root) : null;
  const linkText = inlineText(link) || null;
  // The tab names the job on its own page; on a search page only if the pane shows that title.
  if (fromTitle && (onJobView || (linkText && linkText === fromTitle.title))) return fromTitle.title;
  if (linkText) return linkText;
  const pane = root.closest(PANE);
  const heading = pane?.querySelector('h1') ?? (onJobView ? doc.querySelector('main h1') : null);
  return inlineText(heading?.querySelector('a[href*="/jobs/view/"]') ?? heading ?? null) || null;
}

function companyOf(doc: Document, root: Element, fromTitle: { company: string } | null): string | null {
  const classic = textOf(doc, COMPANY);
  if (classic) return classic;
  const labelled = lastBefore(doc, '[aria-label^="Company,"]', root)?.getAttribute('aria-label');
  if (labelled) return labelled.replace(/^Company,\s*/, '').replace(/\.$/, '').trim() || null;
  if (fromTitle) return fromTitle.company;
  return squash(lastBefore(doc, 'a[href*="/company/"]', root)?.textContent) || null;
}

/** The place from the line under the title ("Berlin, Germany · Reposted 3 days ago · 40 applicants"). */
function locationOf(doc: Document, root: Element): string | null {
  const classic = textOf(doc, LOCATION);
  if (classic) return classic;
  let line: Element | null = null;
  for (const p of all(doc, 'p, [data-testid="job-details-top-card-metadata"]')) {
    if (p.contains(root) || root.contains(p)) continue;
    const text = squash(p.textContent);
    if (text.length < 200 && /\s·\s/.test(text) && /\b(?:ago|applicants?|clicked apply|reposted|posted|promoted)\b/i.test(text) && precedes(p, root)) line = p;
  }
  const place = squash(line?.textContent).split(/\s·\s/)[0]?.trim();
  return place && !/\b(?:ago|applicants?)\b/i.test(place) ? place : null;
}

/** Job paths: views, searches with their panes, collections; not the feed, profiles, messages or company pages. */
export function isLinkedinJobPath(url: URL): boolean {
  return /^\/(?:comm\/)?jobs(?:\/|$)|^\/jobs-guest\//.test(url.pathname);
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  // The whole site: LinkedIn is a single-page app, and a content script only enters on a full
  // page load, so one that starts on the feed must already be there when the user opens a job.
  matches: MATCHES,
  matchesUrl,
  jobPage: isLinkedinJobPath,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('.show-more-less-html__markup, .jobs-description__content, .base-search-card, [componentkey^="JobDetails_"]') || /\|\s*LinkedIn\s*$/.test(doc.title ?? ''),
  expandControl(doc, url) {
    const root = description(doc, linkedinJobId(url), url);
    if (!root) return null;
    // The 2026 box holds its own button; the classic view puts "See more" under the box.
    const inside = root.querySelector('[data-testid="expandable-text-button"]');
    if (inside) return inside;
    const around = root.closest('.jobs-description, .jobs-description__container, section');
    return around?.querySelector('button.jobs-description__footer-button[aria-expanded="false"], button[aria-label*="see more" i][aria-expanded="false"]') ?? null;
  },
  find(doc, url) {
    const id = linkedinJobId(url);
    const root = description(doc, id, url);
    if (!root) {
      if (url && !isLinkedinJobPath(url)) return { kind: 'not-ad', reason: 'This LinkedIn page is not a job ad: open a job to analyse it.' };
      if (count(doc, CARDS) >= 2 || doc.querySelector('[componentkey="SearchResultsMainContent"]'))
        return { kind: 'not-ad', reason: 'This is a list of LinkedIn jobs, not one ad: open a job to analyse it.' };
      // Never the generic finder here: on LinkedIn it takes the whole app ("People you can reach out to").
      return { kind: 'not-ad', reason: 'No LinkedIn job description was found on this page: open a job (or wait for it to load) to analyse it.' };
    }
    const onJobView = !!url && /\/jobs\/view\//.test(url.pathname);
    const fromTitle = fromDocumentTitle(doc);
    return {
      kind: 'ad',
      roots: [root],
      title: titleOf(doc, root, id, fromTitle, onJobView || !url),
      company: companyOf(doc, root, fromTitle),
      location: locationOf(doc, root),
    };
  },
};

/*
Test URLs:
https://www.linkedin.com/jobs/view/4012345678/
https://www.linkedin.com/jobs/view/senior-java-developers-at-cgi-4440315405
https://www.linkedin.com/jobs/search/?currentJobId=4098765432&keywords=backend
https://www.linkedin.com/jobs/search-results/?currentJobId=4440315405&keywords=java
https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4382994905
*/
