/**
 * Lean cue phrases ("train models", "code reviews"): responsibilities that tell ML work from
 * software work without being skills. Data in lexicon/lean-cues.json; they are compiled into the
 * same trie as the skills (ids prefixed "cue:") so one scan finds both.
 */
import cuesData from '../../lexicon/lean-cues.json';
import type { SkillEntry } from './types';

export interface Cue {
  id: string;
  lean: 'ml' | 'swe';
  phrases: string[];
}

export const CUES = cuesData as Cue[];
export const CUE_PREFIX = 'cue:';

/** Cues as lexicon-shaped entries, so the matcher treats their phrases like spellings. */
export function cueEntries(): SkillEntry[] {
  return CUES.map((c) => ({
    id: CUE_PREFIX + c.id,
    name: c.phrases[0]!,
    aliases: c.phrases.slice(1),
    category: 'practice',
    lean: c.lean,
    weight: 0,
  }));
}
