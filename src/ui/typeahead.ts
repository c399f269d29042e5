/**
 * "Add a skill" type-ahead: what to offer for what the user typed, best first.
 * An exact name, alias or short form wins (JS -> JavaScript, CV -> Computer vision); then names
 * that start with the text, then names with a word that does, then aliases that do. Ties go to the
 * category shown first (languages before test tools: "pyt" -> Python before pytest), then the
 * shorter name. Text that names no skill is offered as the user's own skill, last.
 */
import { findSkill, lexicon, skillById } from '../analysis/lexicon';
import { aliasKey } from '../analysis/normalize';
import type { SkillEntry } from '../analysis/types';
import { shortForms } from '../../lexicon/categories.json';
import { categoryRank } from '../design/categories';

/** Type-ahead-only short forms ("cv" -> computer-vision): too ambiguous to be aliases in ads. */
const SHORT_FORMS: Readonly<Record<string, string>> = shortForms;

export type Suggestion =
  | { kind: 'skill'; skill: SkillEntry; exact: boolean; have: boolean }
  | { kind: 'custom'; text: string; have: boolean };

/** The skill the text names exactly (name, alias, short form, spelling variant), if any. */
export function exactSkill(text: string): SkillEntry | undefined {
  const key = aliasKey(text);
  if (!key) return undefined;
  const short = SHORT_FORMS[key];
  return (short ? skillById(short) : undefined) ?? findSkill(text);
}

function prefixRank(skill: SkillEntry, p: string): number {
  const name = aliasKey(skill.name);
  if (name.startsWith(p)) return 1;
  if (name.split(/[\s/(]+/).some((w) => w.startsWith(p))) return 2;
  if ([...(skill.aliases ?? []), ...(skill.cased ?? [])].some((a) => aliasKey(a).startsWith(p))) return 3;
  return -1;
}

/** Lexicon skills for the text, best first. */
export function rankSkills(text: string, limit = 8): SkillEntry[] {
  const p = aliasKey(text);
  if (!p) return [];
  const exact = exactSkill(text);
  const scored: { skill: SkillEntry; rank: number }[] = exact ? [{ skill: exact, rank: 0 }] : [];
  for (const s of lexicon.skills) {
    if (s === exact) continue;
    const rank = prefixRank(s, p);
    if (rank > 0) scored.push({ skill: s, rank });
  }
  scored.sort(
    (a, b) => a.rank - b.rank || categoryRank(a.skill.category) - categoryRank(b.skill.category) || a.skill.name.length - b.skill.name.length || a.skill.name.localeCompare(b.skill.name),
  );
  return scored.slice(0, limit).map((x) => x.skill);
}

/** What the list offers for the text, given the profile: skills (marked when already there), then the text as typed. */
export function suggestionsFor(text: string, profile: { skills: readonly string[]; custom: readonly string[] }, limit = 8): Suggestion[] {
  const typed = text.trim();
  if (!typed) return [];
  const skills = rankSkills(typed, limit);
  const out: Suggestion[] = skills.map((skill, i) => ({ kind: 'skill', skill, exact: i === 0 && exactSkill(typed) === skill, have: profile.skills.includes(skill.id) }));
  if (!exactSkill(typed)) {
    const have = profile.custom.some((c) => aliasKey(c) === aliasKey(typed));
    out.push({ kind: 'custom', text: typed, have });
  }
  return out;
}
