/** Every supported job board, one adapter a file. Order matters only for pages without a URL. */
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { hackernews } from './hackernews';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import type { SiteAdapter } from './types';
import { wellfound } from './wellfound';
import { workday } from './workday';

export type { AdapterResult, SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [linkedin, indeed, greenhouse, lever, workday, ashby, glassdoor, wellfound, hackernews];

/** Match patterns of every supported board: the content script's matches and host permissions. */
export const BOARD_MATCHES: readonly string[] = ADAPTERS.flatMap((a) => a.matches);

/**
 * Whether the content script may do any page work at this URL: on boards where it runs site-wide
 * (LinkedIn is a single-page app), only on job pages; elsewhere, anywhere.
 */
export function pageWorkAllowed(url: URL | null): boolean {
  if (!url) return true;
  const host = url.hostname;
  const on = (h: string): boolean => host === h || host.endsWith('.' + h);
  if (on('linkedin.com')) return /^\/jobs(?:\/|$)/.test(url.pathname);
  return true;
}
