/**
 * The fallback for any other page: the main block of job text, found the way reader modes find
 * an article (paragraphs vote for their containers), then judged on job cues for a confidence.
 * Navigation, headers, footers, cookie banners, "similar jobs" lists and forms never vote.
 */
import { all } from './sites/select';

const BOILERPLATE = /nav|menu|footer|header|cookie|consent|banner|sidebar|related|similar|recommend|share|social|comment|modal|popup|subscribe|newsletter|breadcrumb|promo|advert|sign-?in|login/i;
const BOILERPLATE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG']);
const JOB_CUES = /\b(?:responsibilit|requirement|qualification|experience (?:with|in)|years of experience|you will|you'll|what you|we are looking for|we're looking for|the role|about the (?:role|job|team)|nice to have|preferred|benefits|salary|full[- ]time|skills)/gi;

/** Paragraph-like elements whose text counts. */
const PARAGRAPHS = 'p, li, pre, td, h1, h2, h3, h4, dd, blockquote';

function inBoilerplate(el: Element, stopAt: Element): boolean {
  for (let e: Element | null = el; e && e !== stopAt; e = e.parentElement) {
    if (BOILERPLATE_TAGS.has(e.tagName.toUpperCase())) return true;
    if (e.getAttribute('role') === 'navigation' || e.getAttribute('aria-modal') === 'true') return true;
    const name = `${e.id} ${e.getAttribute('class') ?? ''}`;
    if (name.trim() && BOILERPLATE.test(name)) return true;
  }
  return false;
}

export interface GenericResult {
  root: Element;
  confidence: number;
}

/**
 * The best candidate block and how sure we are that it is a job ad (0..1), or null. Every block
 * is scored by the paragraph text it holds, less twice the boilerplate and link text it holds, so
 * the winner is the smallest block that has the whole ad and little else.
 */
export function findMainText(doc: Document): GenericResult | null {
  const body = doc.body;
  if (!body) return null;
  const score = new Map<Element, number>();
  const credit = (el: Element, amount: number): void => {
    for (let e: Element | null = el.parentElement; e && e !== body.parentElement; e = e.parentElement) score.set(e, (score.get(e) ?? 0) + amount);
  };
  for (const p of all(body, PARAGRAPHS).slice(0, 5000)) {
    const length = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length < 15) continue;
    if (inBoilerplate(p, body)) credit(p, -2 * length);
    else credit(p, length);
  }
  for (const a of all(body, 'a').slice(0, 5000)) credit(a, -(a.textContent ?? '').trim().length);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  const text = best.textContent ?? '';
  const cues = new Set((text.match(JOB_CUES) ?? []).map((c) => c.toLowerCase())).size;
  const confidence = Math.min(1, cues / 4) * Math.min(1, text.trim().length / 600);
  return { root: best, confidence: Math.round(confidence * 100) / 100 };
}

/** Signs of a page listing many jobs (search results, a careers index). */
export function looksLikeJobList(doc: Document): boolean {
  const cards = all(
    doc,
    '[class*="job-card"], [class*="jobCard"], [class*="JobCard"], [class*="job_card"], [class*="job-listing"], [class*="jobListing"], [class*="JobListing"], [class*="job-result"], [class*="jobResult"], [class*="search-result"], [data-test="jobListing"], [data-job-id], [data-jobid], [data-jk]',
  );
  return cards.length >= 5;
}

/** An application form with little else: an upload for a résumé and fields to fill. */
export function looksLikeApplicationForm(doc: Document): boolean {
  return !!doc.querySelector('form input[type="file"]') && all(doc, 'form input, form select, form textarea').length >= 4;
}

/** A bot check or block page shown instead of the board's page (Cloudflare, PerimeterX, DataDome, the boards' own). */
const BOT_TITLE = /^(?:just a moment|attention required|access denied|security check|are you a (?:human|robot)|verify(?:ing)? you are (?:a )?human|one more step|please verify|pardon our interruption|request (?:blocked|rejected|unsuccessful)|blocked|captcha|bot check|hcaptcha|help us protect)\b|\badditional verification required\b/i;
const BOT_MARKERS = '#challenge-form, #challenge-running, #cf-challenge-running, .cf-browser-verification, #cf-wrapper, #px-captcha, #captcha-container, .g-recaptcha, .h-captcha, iframe[src*="captcha"], iframe[src*="challenges.cloudflare.com"], script[src*="/cdn-cgi/challenge-platform/"], iframe[src*="captcha-delivery.com"], script[src*="captcha-delivery.com"], iframe[src*="_Incapsula_Resource"], script[src*="awswaf"]';

export function looksLikeBotCheck(doc: Document): boolean {
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  if (BOT_TITLE.test(title)) return true;
  try {
    if (!doc.querySelector(BOT_MARKERS)) return false;
  } catch {
    return false;
  }
  // A challenge widget on a page with little else (a real ad page can hold a captcha on its form).
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length < 2000;
}
