import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFixture {
  file: string;
  url: string;
  /** A saved page: the extractor gets no URL and must find the page's own. */
  saved?: boolean;
  found: boolean;
  board: string | null;
  title?: string;
  first?: string;
  last?: string;
}

// From the repository root (vitest's root): import.meta.url is not a file URL under happy-dom.
const dir = join(process.cwd(), 'tests/fixtures/pages');
export const PAGES: PageFixture[] = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
export const pageHtml = (file: string): string => readFileSync(join(dir, file), 'utf8');

/** Page furniture that must never leak into an extracted ad. */
export const CHROME = ['Sign in', 'Join now', 'Similar jobs', 'cookie', 'Apply for this job', 'Apply now', 'Easy Apply', 'Report', 'Show more', 'Submit application', 'reply'];
