/** The fixture pages of the end-to-end tests, with the board URL each stands for (both browsers). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixturePage } from './proxy';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');

/** The extractor fixtures (tests/fixtures/pages) and the end-to-end ones (tests/e2e/fixtures). */
export function fixturePages(): FixturePage[] {
  const read = (dir: string): FixturePage[] =>
    (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as FixturePage[]).map((p) => ({ url: p.url, file: join(dir, p.file) }));
  return [...read(join(ROOT, 'tests/fixtures/pages')), ...read(join(HERE, 'fixtures'))];
}
