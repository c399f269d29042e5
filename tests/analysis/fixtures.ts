import { readFileSync } from 'node:fs';

/** A hand-written ad from tests/fixtures/ads (written for these tests, not taken from any board). */
export function ad(name: string): string {
  return readFileSync(new URL(`../fixtures/ads/${name}.txt`, import.meta.url), 'utf8');
}
