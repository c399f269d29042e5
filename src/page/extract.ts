/**
 * Finds the job ad in a page: schema.org JobPosting data first, then the board's adapter, then a
 * generic search for the main block of job text. Pages without a single ad (lists, forms, home
 * pages) say so instead of guessing. DOM only, no extension API: runs on real pages and in Node.
 */
import { findMainText, looksLikeApplicationForm, looksLikeBotCheck, looksLikeJobList } from './generic';
import { findJobPostings, toPostingData, type JobPostingData } from './json-ld';
import { boardFor } from './sites/index';
import { buildTextMap, type TextMap } from './text-map';

export type Extraction =
  | {
      found: true;
      board: string;
      source: 'json-ld' | 'adapter' | 'generic';
      title: string | null;
      company: string | null;
      location: string | null;
      text: string;
      /** 0..1: how sure we are this is the ad (1 for structured data and board adapters). */
      confidence: number;
      roots: Element[];
      /** Text offsets back to DOM nodes; null when the text came from JSON-LD alone. */
      textMap: TextMap | null;
      truncated: boolean;
    }
  | { found: false; board: string | null; reason: string };

/** Below this the generic finder's block is not trusted to be an ad. */
export const MIN_GENERIC_CONFIDENCE = 0.4;

/**
 * The page's own URL: the one given, else what a saved page says of itself (canonical link,
 * og:url, the "saved from url=" comment browsers write), relative ones resolved against the others.
 */
export function pageUrl(doc: Document, url: string | null | undefined): URL | null {
  const saved = /^\s*saved from url=\(\d+\)(\S+)/i.exec(savedFromComment(doc) ?? '')?.[1];
  const candidates = [
    url,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    saved,
  ].map((c) => c?.trim()).filter((c): c is string => !!c);
  let base: URL | null = null;
  for (const c of candidates) {
    try {
      base = new URL(c);
      break;
    } catch {
      // relative: resolved below against an absolute one
    }
  }
  for (const c of candidates) {
    try {
      const u = base ? new URL(c, base) : new URL(c);
      if (/^https?:$/.test(u.protocol)) return u;
    } catch {
      // not a URL: try the next
    }
  }
  return null;
}

/** The comment browsers put before <html> in a saved page ("<!-- saved from url=(0044)https://… -->"). */
function savedFromComment(doc: Document): string | null {
  for (let n = doc.firstChild; n; n = n.nextSibling) if (n.nodeType === 8 && /saved from url=/i.test(n.textContent ?? '')) return n.textContent;
  const html = doc.documentElement;
  for (let n = html?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 8 && /saved from url=/i.test(n.textContent ?? '')) return n.textContent;
  return null;
}

/** The document's title without the board's suffix ("… | LinkedIn", "Job Application for … at …"). */
function cleanTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // "(3) Title | …": the count of unread notifications some boards put first.
  let t = raw.replace(/\s+/g, ' ').trim().replace(/^\(\d+\+?\)\s*/, '');
  const greenhouse = /^Job Application for (.+) at .+$/i.exec(t);
  if (greenhouse) t = greenhouse[1]!;
  t = t.replace(/\s*[|–—-]\s*(?:LinkedIn|Indeed(?:\.com)?|Glassdoor|Wellfound|Lever|Greenhouse|Workday|Ashby|Careers?|Jobs?)\b.*$/i, '');
  return t || null;
}

const tidy = (s: string | null | undefined): string | null => s?.replace(/\s+/g, ' ').trim() || null;

/** Calls to action a generic block may end with: not part of the ad. Only the end is cut, so offsets hold. */
const CTA_LINE = /^(?:apply(?: now| here| today| for this (?:job|position|role))?|save(?: job)?|share(?: this job)?|report(?: this)? job|back to (?:jobs|search|all jobs)|show (?:more|less)|see more)$/i;
/** Drops trailing lines that are only a call to action, walking back line by line (a regex over the text was quadratic). */
export function withoutCta(text: string): string {
  let cut = text.length;
  for (;;) {
    let end = cut;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart === 0 || end - lineStart > 40 || !CTA_LINE.test(text.slice(lineStart, end))) break;
    cut = lineStart - 1;
    while (cut > 0 && text[cut - 1] === '\n') cut--;
  }
  return text.slice(0, cut);
}

export function extractPosting(doc: Document, url?: string | null): Extraction {
  try {
    return extract(doc, url);
  } catch (e) {
    return { found: false, board: null, reason: `The page could not be read: ${(e as Error).message}` };
  }
}

function extract(doc: Document, rawUrl?: string | null): Extraction {
  const url = pageUrl(doc, rawUrl);
  const postings = findJobPostings(doc);
  const here = url ? postings.find((p) => typeof p.url === 'string' && sameJob(p.url, url)) : undefined;
  const structured: JobPostingData | null = here ? toPostingData(doc, here) : postings.length === 1 ? toPostingData(doc, postings[0]!) : null;

  const adapter = boardFor(url, doc);
  const result = adapter?.find(doc, url) ?? null;
  const board = adapter?.name ?? (structured ? 'JobPosting' : 'Web page');

  if (result?.kind === 'ad') {
    const built = buildTextMap(result.roots);
    if (built.text.trim()) {
      return {
        found: true,
        board,
        source: 'adapter',
        title: tidy(result.title) ?? structured?.title ?? cleanTitle(doc.title),
        company: tidy(result.company) ?? structured?.company ?? null,
        location: tidy(result.location) ?? structured?.location ?? null,
        text: withoutCta(built.text),
        confidence: 1,
        roots: result.roots,
        textMap: built.map,
        truncated: built.truncated,
      };
    }
  }
  if (result?.kind === 'not-ad' && !structured?.text) return { found: false, board, reason: result.reason };

  if (structured && structured.text.trim()) {
    // Prefer the visible description (so skills can be highlighted) when the page shows it.
    const main = findMainText(doc);
    const probe = structured.text.slice(0, 60);
    if (main && (main.root.textContent ?? '').replace(/\s+/g, ' ').includes(probe.replace(/\s+/g, ' '))) {
      const built = buildTextMap([main.root]);
      return { found: true, board, source: 'json-ld', title: structured.title ?? cleanTitle(doc.title), company: structured.company, location: structured.location, text: withoutCta(built.text), confidence: 1, roots: [main.root], textMap: built.map, truncated: built.truncated };
    }
    return { found: true, board, source: 'json-ld', title: structured.title ?? cleanTitle(doc.title), company: structured.company, location: structured.location, text: structured.text, confidence: 1, roots: [], textMap: null, truncated: false };
  }
  if (looksLikeBotCheck(doc)) return { found: false, board, reason: 'The page shows a bot check (a captcha or "verify you are human"), not the job: solve it and try again.' };
  if (postings.length > 1) return { found: false, board, reason: `This page lists ${postings.length} job ads: open one of them to analyse it.` };
  if (looksLikeJobList(doc)) return { found: false, board, reason: 'This page is a list of jobs, not one ad: open a job to analyse it.' };

  const main = findMainText(doc);
  if (!main || main.confidence < MIN_GENERIC_CONFIDENCE) {
    if (looksLikeApplicationForm(doc)) return { found: false, board, reason: 'This is an application form without the job description.' };
    return { found: false, board, reason: 'No job ad was found on this page.' };
  }
  const built = buildTextMap([main.root]);
  const heading = main.root.querySelector('h1, h2')?.textContent ?? doc.querySelector('h1')?.textContent;
  return {
    found: true,
    board,
    source: 'generic',
    title: tidy(heading) ?? cleanTitle(doc.title),
    company: null,
    location: null,
    text: withoutCta(built.text),
    confidence: main.confidence,
    roots: [main.root],
    textMap: built.map,
    truncated: built.truncated,
  };
}

function sameJob(a: string, url: URL): boolean {
  try {
    const u = new URL(a, url);
    return u.hostname === url.hostname && u.pathname.replace(/\/$/, '') === url.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}
