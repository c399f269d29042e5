import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFixture {
  file: string;
  /** null: a saved page, given without its URL. */
  url: string | null;
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
