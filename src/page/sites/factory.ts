/**
 * Adapters for boards whose ad sits in elements a few selectors find: a board is then data (its
 * match patterns, selectors with fallbacks), and this file turns it into a SiteAdapter. Each board's
 * file ends with a "Test URLs:" comment of real pages, for a maintainer to check the board by hand
 * (comments stay out of the bundle; tests/page/boards.test.ts checks each URL finds its board).
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { all, count } from './select';
import type { SiteAdapter } from './types';

/** A URL test built from match patterns: the same patterns that grant the extension its hosts. */
export function urlMatcher(patterns: readonly string[]): (url: URL) => boolean {
  const compiled = patterns.map((p) => new MatchPattern(p));
  return (url) =>
    compiled.some((m) => {
      try {
        // A string, not the URL: the library tests `instanceof Location`, which Node (the CLI) lacks.
        return m.includes(url.href);
      } catch {
        // A scheme the pattern library cannot match (ftp:, urn:): not a board page.
        return false;
      }
    });
}

/** The first selector's first element with text, not inside any of `outside` (list cards with teasers). */
export function firstOutside(doc: ParentNode, selectors: readonly string[], outside: readonly string[] = []): Element | null {
  const within = outside.join(', ');
  for (const sel of selectors) {
    for (const el of all(doc, sel)) {
      if (!(el.textContent ?? '').trim()) continue;
      try {
        if (within && el.closest(within)) continue;
      } catch {
        // A selector the DOM implementation cannot parse: do not exclude on it.
      }
      return el;
    }
  }
  return null;
}

/** Text of a field: an element's text, a <meta>'s content, an <img>'s alt (logos name companies). */
export function fieldOf(doc: ParentNode, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    for (const el of all(doc, sel).slice(0, 3)) {
      const tag = el.tagName.toUpperCase();
      const raw = tag === 'META' ? el.getAttribute('content') : tag === 'IMG' ? el.getAttribute('alt') : el.textContent;
      const t = raw?.replace(/\s+/g, ' ').trim();
      if (t) return t;
    }
  }
  return null;
}

/** Sections that together make the ad, in document order, the outermost only. */
function sectionsOf(doc: Document, selectors: readonly string[]): Element[] {
  const found = all(doc, selectors.join(', ')).filter((el) => (el.textContent ?? '').trim());
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

export interface SelectorBoard {
  id: string;
  name: string;
  matches: string[];
  /** DOM marks of the board's pages: saved pages without a URL, career sites on an employer's own domain. */
  markers?: readonly string[];
  /** Where the ad is: the first selector with text wins (boards change markup; keep fallbacks). */
  description: readonly string[];
  /** Sections that together make the ad (description, requirements, benefits): used when any matches. */
  sections?: readonly string[];
  title: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  /** Cards of a list of jobs: an ad is never taken from inside one, and two or more without an ad make a list. */
  cards?: readonly string[];
  /** A frame the board shows the ad in: without the ad itself, the page says so. */
  frame?: string;
  jobPage?: (url: URL) => boolean;
  /** Board furniture around a title ("- job post", "Job Application for … at …"). */
  tidyTitle?: (title: string) => string;
}

export function selectorAdapter(board: SelectorBoard): SiteAdapter {
  const matchesUrl = urlMatcher(board.matches);
  const markers = (board.markers ?? []).join(', ');
  const cards = board.cards ?? [];
  return {
    id: board.id,
    name: board.name,
    matches: board.matches,
    ...(board.markers && { markers: board.markers }),
    matchesUrl,
    ...(board.jobPage && { jobPage: board.jobPage }),
    isBoard(url, doc) {
      if (url && matchesUrl(url)) return true;
      if (!markers) return false;
      try {
        return !!doc.querySelector(markers);
      } catch {
        return false;
      }
    },
    find(doc) {
      const sections = board.sections ? sectionsOf(doc, board.sections) : [];
      const single = sections.length ? null : firstOutside(doc, board.description, cards);
      const roots = sections.length ? sections : single ? [single] : [];
      if (!roots.length) {
        if (board.frame && all(doc, board.frame).length)
          return { kind: 'not-ad', reason: `The ${board.name} ad is in an embedded frame: open the frame's page (or the job on its own) to analyse it.` };
        if (cards.length && count(doc, cards) >= 2) return { kind: 'not-ad', reason: `This is a list of ${board.name} jobs, not one ad: open a job to analyse it.` };
        return null;
      }
      const rawTitle = fieldOf(doc, board.title);
      const title = rawTitle && board.tidyTitle ? board.tidyTitle(rawTitle) || null : rawTitle;
      return { kind: 'ad', roots, title, company: fieldOf(doc, board.company ?? []), location: fieldOf(doc, board.location ?? []) };
    },
  };
}
