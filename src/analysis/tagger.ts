/**
 * Skill mentions in a text: the compiled lexicon scan, then the context check for ambiguous names.
 * The matcher (skills plus lean cue phrases) is compiled once, on first use, and shared.
 */
import { PosStage, resolveAmbiguous } from './context';
import { CUE_PREFIX, cueEntries } from './cues';
import { lexicon } from './lexicon';
import { compileMatcher, type Hit, type Matcher } from './matcher';

/**
 * Soft skills (communication, teamwork) stay in the lexicon, so profiles and the seed vocabulary
 * resolve, but are not tagged in ads: every ad asks for them, and counted like Python they would
 * drown the signal.
 */
export const TAGGED_SKILLS = lexicon.skills.filter((s) => s.category !== 'soft-skill');

let compiled: Matcher | undefined;
/** Skills first: where a cue phrase and a skill spelling coincide, the skill keeps it. */
function matcher(): Matcher {
  return (compiled ??= compileMatcher([...TAGGED_SKILLS, ...cueEntries()]));
}

/**
 * Disciplines named in a role ("Backend Engineer", "our DevOps team") describe the job, not a
 * skill asked of you: they feed the lean as a cue ("role:<id>"), not the skill list.
 */
const DISCIPLINES = new Set(
  lexicon.skills
    .filter((s) => ['frontend-development', 'backend-development', 'full-stack', 'devops', 'qa', 'sre', 'data-science', 'machine-learning', 'deep-learning', 'software-development', 'mobile-development', 'web-development', 'security', 'cybersecurity', 'data-engineering', 'ios', 'android', 'computer-vision', 'nlp', 'mlops', 'cloud-computing', 'embedded-systems', 'artificial-intelligence', 'big-data', 'ux-design', 'ui-design', 'information-technology'].includes(s.id))
    .map((s) => s.id),
);
const ROLE_AFTER = /^[\s-]*(?:(?:software|platform|infrastructure|data|application|web|mobile|test|automation|research|solutions?|systems?|cloud|reliability|ops|operations|engineering|development|dev)\s+)?(?:engineers?|developers?|devs?|team|teams|architects?|leads?|managers?|specialists?|consultants?|analysts?|scientists?|researchers?|positions?|roles?|internships?|interns?|hires?|guild|chapter|squad|department|organi[sz]ation|group)\b/i;
function isRoleName(text: string, skill: string, end: number): boolean {
  return DISCIPLINES.has(skill) && ROLE_AFTER.test(text.slice(end, end + 40));
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
  /** Set when a bound cut the scan (see `ScanCaps`). */
  capped?: ScanCaps;
}

export interface ScanCaps {
  /** More mentions than `MAX_MENTIONS` were found: only the first ones were kept. */
  mentionsFound?: number;
  /** Ambiguous names left unchecked (so not kept) once the part-of-speech budget was spent. */
  uncheckedAmbiguous?: number;
}

/** No real ad comes near (the most in the dev corpus: 142); a hostile text stops here. */
export const MAX_MENTIONS = 5_000;

export function scanText(text: string, stage: PosStage = new PosStage()): Scan {
  const all = matcher().scan(text);
  const cues: TaggedSpan[] = [];
  const hits: Hit[] = [];
  for (const h of all) {
    if (h.skill.startsWith(CUE_PREFIX)) cues.push({ skill: h.skill.slice(CUE_PREFIX.length), start: h.start, end: h.end });
    else hits.push(h);
  }
  const keep = resolveAmbiguous(text, hits, stage);
  const skills: TaggedSpan[] = [];
  let found = 0;
  hits.forEach(({ skill, start, end }, k) => {
    if (!keep[k] || adjectiveUse(text, skill, end)) return;
    if (isRoleName(text, skill, end)) cues.push({ skill: 'role:' + skill, start, end });
    else if (++found <= MAX_MENTIONS) skills.push({ skill, start, end: end + versionLength(text, end) });
  });
  cues.sort((a, b) => a.start - b.start);
  const capped: ScanCaps = {
    ...(found > MAX_MENTIONS && { mentionsFound: found }),
    ...(stage.unchecked > 0 && { uncheckedAmbiguous: stage.unchecked }),
  };
  return { skills, cues, ...(Object.keys(capped).length && { capped }) };
}

/** "cloud-based products", "AI-powered search", "data-driven culture": the name describes something else. */
const ADJECTIVE_SUFFIX = /^[-\u2010\u2011](?:based|powered|driven|first|enabled|centric|focused|minded|savvy|friendly|ready|led)\b/i;
/** "an agile team", "a fast-paced agile environment": the way a team works, not a skill asked. */
const PRACTICE_AS_ADJECTIVE = new Set(['agile']);
const TEAM_NOUN = /^\s+(?:teams?|environments?|culture|company|companies|organi[sz]ations?|mindset|workplace|setting|squads?)\b/i;
function adjectiveUse(text: string, skill: string, end: number): boolean {
  if (PRACTICE_AS_ADJECTIVE.has(skill) && TEAM_NOUN.test(text.slice(end, end + 16))) return true;
  return ADJECTIVE_SUFFIX.test(text.slice(end, end + 10));
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
