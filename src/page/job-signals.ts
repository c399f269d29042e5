/**
 * When Skillmark runs on every site (the user's opt-in), most pages it sees are not job ads. There
 * it must stay quiet and cheap: read the page only when it may hold an ad, and accept only strong
 * evidence. DOM only, no extension API.
 */
import type { Extraction } from './extract';
import { ADAPTERS } from './sites/index';

/** Words in a URL or document title that say "this is about a job". */
const JOB_WORDS = /\b(?:jobs?|careers?|positions?|vacanc(?:y|ies)|openings?|roles?|hiring|recruit\w*|apply|stellen\w*|emplois?|empleos?|vacatures?|jobboard)\b/i;

/** A JSON-LD block that names a JobPosting (text only: no parsing here). */
export function hasJobPostingData(doc: Document): boolean {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) if (/JobPosting/.test(s.textContent ?? '')) return true;
  return false;
}

/**
 * Cheap signs that a page on an unknown site may hold a job ad, checked before any reading: a
 * JobPosting in its structured data, or job words in its address or title.
 */
export function mayHoldJobAd(doc: Document, url: URL | null): boolean {
  if (hasJobPostingData(doc)) return true;
  const where = url ? `${url.hostname.replace(/\./g, ' ')} ${url.pathname.replace(/[/_.-]+/g, ' ')}` : '';
  return JOB_WORDS.test(where) || JOB_WORDS.test(doc.title ?? '');
}

/** The generic finder's confidence an unknown site needs (structured data and adapters always pass). */
export const STRONG_GENERIC_CONFIDENCE = 0.9;

/** Whether an extraction on an unknown site is evidence enough to show anything. */
export function strongJobAd(extraction: Extraction): boolean {
  if (!extraction.found) return false;
  return extraction.source !== 'generic' || extraction.confidence >= STRONG_GENERIC_CONFIDENCE;
}

/** A node added to the page that may bring structured job data (a JSON-LD script). */
export function bringsJobData(node: Node): boolean {
  return node.nodeName === 'SCRIPT' && (node as Element).getAttribute('type') === 'application/ld+json';
}

/** A page of a supported board (installed or optional): the board's own rules apply there. */
export function isBoardUrl(url: URL | null): boolean {
  return !!url && ADAPTERS.some((a) => a.matchesUrl(url));
}
