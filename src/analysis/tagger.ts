/**
 * Skill mentions in a text: the compiled lexicon scan, then the context check for ambiguous names.
 * The matcher (skills plus lean cue phrases) is compiled once, on first use, and shared.
 */
import { resolveAmbiguous } from './context';
import { CUE_PREFIX, cueEntries } from './cues';
import { lexicon } from './lexicon';
import { compileMatcher, type Hit, type Matcher } from './matcher';

let compiled: Matcher | undefined;
/** Skills first: where a cue phrase and a skill spelling coincide, the skill keeps it. */
function matcher(): Matcher {
  return (compiled ??= compileMatcher([...lexicon.skills, ...cueEntries()]));
}

export interface TaggedSpan {
  skill: string;
  start: number;
  end: number;
}

export interface Scan {
  /** Non-overlapping skill mentions, sorted by start, offsets in UTF-16 units of the text. */
  skills: TaggedSpan[];
  /** Lean cue phrases found ("models", "code reviews"), with the cue id. */
  cues: TaggedSpan[];
}

export function scanText(text: string): Scan {
  const all = matcher().scan(text);
  const cues: TaggedSpan[] = [];
  const hits: Hit[] = [];
  for (const h of all) {
    if (h.skill.startsWith(CUE_PREFIX)) cues.push({ skill: h.skill.slice(CUE_PREFIX.length), start: h.start, end: h.end });
    else hits.push(h);
  }
  const keep = resolveAmbiguous(text, hits);
  const skills = hits.filter((_, k) => keep[k]).map(({ skill, start, end }) => ({ skill, start, end: end + versionLength(text, end) }));
  return { skills, cues };
}

/** Skill mentions only. */
export function tagSkills(text: string): TaggedSpan[] {
  return scanText(text).skills;
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
