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
  return hits.filter((_, k) => keep[k]).map(({ skill, start, end }) => ({ skill, start, end: end + versionLength(text, end) }));
}

/** "Python 3", "Java 17", "PHP 7.4", "Angular 2+", "Python 3.x": a version belongs to the mention. */
const VERSION = /^ ?v?\d{1,4}(?:\.(?:\d{1,3}|x))*\+?/;
function versionLength(text: string, end: number): number {
  if (/\d$/.test(text.slice(end - 1, end))) return 0;
  const m = VERSION.exec(text.slice(end, end + 14));
  if (!m) return 0;
  const after = text.slice(end + m[0].length, end + m[0].length + 12);
  // "5 years", "3%", "2nd": a count or a word, not a version.
  if (/^(?:[\p{L}\p{N}%]|\s*\+?\s*(?:years?|yrs?|months?|days?|hours?|people|engineers)\b)/iu.test(after)) return 0;
  return m[0].length;
}
