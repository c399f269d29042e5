/** Every supported job board, one adapter a file. Order matters only for pages found by DOM markers. */
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { dice } from './dice';
import { eightfold } from './eightfold';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { hackernews } from './hackernews';
import { icims } from './icims';
import { indeed } from './indeed';
import { jibe } from './jibe';
import { jobvite } from './jobvite';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { phenom } from './phenom';
import { recruitee } from './recruitee';
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { teamtailor } from './teamtailor';
import type { SiteAdapter } from './types';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import { ziprecruiter } from './ziprecruiter';

export type { AdapterResult, SiteAdapter } from './types';

/** Boards the extension runs on from install: their patterns are its host permissions. */
export const INSTALLED_ADAPTERS: readonly SiteAdapter[] = [linkedin, indeed, greenhouse, lever, workday, ashby, glassdoor, wellfound, hackernews];

/** Boards read when the page is analysed (on request, or once the user opts in to them). */
export const OPTIONAL_ADAPTERS: readonly SiteAdapter[] = [
  seek,
  smartrecruiters,
  workable,
  dice,
  ziprecruiter,
  bamboohr,
  recruitee,
  teamtailor,
  personio,
  icims,
  jobvite,
  welcometothejungle,
  stepstone,
  eightfold,
  phenom,
  jibe,
];

export const ADAPTERS: readonly SiteAdapter[] = [...INSTALLED_ADAPTERS, ...OPTIONAL_ADAPTERS];

/** Match patterns of the boards installed with the extension: the content script's matches and host permissions. */
export const BOARD_MATCHES: readonly string[] = INSTALLED_ADAPTERS.flatMap((a) => a.matches);

/** Match patterns of the other boards, for a later opt-in (optional host permissions); never asked at install. */
export const OPTIONAL_BOARD_MATCHES: readonly string[] = OPTIONAL_ADAPTERS.flatMap((a) => a.matches);

/** Every optional board's DOM marks in one selector: one look at a page instead of one a board. */
const OPTIONAL_MARKERS = OPTIONAL_ADAPTERS.flatMap((a) => a.markers ?? []).join(', ');

function hasOptionalMarkers(doc: Document): boolean {
  try {
    return !!doc.querySelector(OPTIONAL_MARKERS);
  } catch {
    return true; // a DOM that cannot parse the list: ask each board
  }
}

/** The board of a page: the one whose patterns match its URL, else the first whose markers are in the DOM. */
export function boardFor(url: URL | null, doc: Document): SiteAdapter | undefined {
  const byUrl = url ? ADAPTERS.find((a) => a.matchesUrl(url)) : undefined;
  if (byUrl) return byUrl;
  return INSTALLED_ADAPTERS.find((a) => a.isBoard(url, doc)) ?? (hasOptionalMarkers(doc) ? OPTIONAL_ADAPTERS.find((a) => a.isBoard(url, doc)) : undefined);
}

/**
 * Whether the content script should do any page work at this URL: not on the pages of LinkedIn,
 * Indeed, Glassdoor or Wellfound that hold no job (feed, profiles, messages, company pages, home),
 * where it runs only because those sites are single-page apps. Everywhere else, yes.
 */
export function pageWorkAllowed(url: URL | null): boolean {
  if (!url) return true;
  const board = ADAPTERS.find((a) => a.matchesUrl(url));
  return !board?.jobPage || board.jobPage(url);
}

/** The control that reveals the rest of a clamped ad on this page (see SiteAdapter.expandControl), or null. */
export function expandControlFor(url: URL | null, doc: Document): Element | null {
  try {
    return boardFor(url, doc)?.expandControl?.(doc, url) ?? null;
  } catch {
    return null;
  }
}
