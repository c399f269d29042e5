/**
 * Skill mentions in a text: the compiled lexicon scan, then the context check for ambiguous names.
 * The matcher is compiled once, on first use, and shared by every call.
 */
import { resolveAmbiguous } from './context';
import { lexicon } from './lexicon';
import { compileMatcher, type Hit, type Matcher } from './matcher';

let compiled: Matcher | undefined;
export function matcher(): Matcher {
  return (compiled ??= compileMatcher(lexicon.skills));
}

export interface TaggedSpan {
  skill: string;
  start: number;
  end: number;
}

/** Non-overlapping skill mentions, sorted by start, offsets in UTF-16 units of `text`. */
export function tagSkills(text: string): TaggedSpan[] {
  const hits: Hit[] = matcher().scan(text);
  const keep = resolveAmbiguous(text, hits);
  return hits.filter((_, k) => keep[k]).map(({ skill, start, end }) => ({ skill, start, end }));
}
