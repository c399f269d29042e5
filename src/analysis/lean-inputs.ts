/**
 * A fingerprint of everything the lean's features are made of: the skill lexicon, the cue phrases
 * and the role words. `npm run fit` stores it with the weights; a test fails when the repo's data
 * no longer matches the data the weights were fitted on. Not used at run time.
 */
import cues from '../../lexicon/lean-cues.json';
import roles from '../../lexicon/roles.json';
import { LEXICON_FILES } from './lexicon-data';

/** FNV-1a, 32 bits, twice with different seeds: short, stable, no dependency. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function leanInputsHash(): string {
  const files = Object.keys(LEXICON_FILES)
    .sort()
    .map((k) => [k, LEXICON_FILES[k]]);
  const text = JSON.stringify({ files, cues, roles });
  return fnv(text, 0x811c9dc5) + fnv(text, 0x01234567);
}
