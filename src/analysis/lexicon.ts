/**
 * The skill lexicon as the rest of the core sees it: every entry, looked up by id or by any
 * spelling. Loaded once per process (the data is bundled, never fetched); the lookup by spelling
 * is built on its first use, not at start-up (the service worker starts often).
 */
import { LEXICON_FILES } from './lexicon-data';
import { aliasKey } from './normalize';
import type { SkillEntry } from './types';

export interface Lexicon {
  readonly skills: readonly SkillEntry[];
}

const skills: SkillEntry[] = Object.values(LEXICON_FILES)
  .flat()
  .sort((a, b) => a.id.localeCompare(b.id));

export const lexicon: Lexicon = { skills };

/**
 * Soft skills (communication, teamwork) stay in the lexicon, so profiles and the seed vocabulary
 * resolve, but are not tagged in ads: every ad asks for them, and counted like Python they would
 * drown the signal.
 */
export const TAGGED_SKILLS = skills.filter((s) => s.category !== 'soft-skill');

const byId = new Map(skills.map((s) => [s.id, s]));
export function skillById(id: string): SkillEntry | undefined {
  return byId.get(id);
}

/** Every spelling a skill answers to: name (unless only its cased form counts), aliases, cased forms. */
export function spellingsOf(skill: SkillEntry): { caseless: string[]; cased: string[] } {
  const cased = skill.cased ?? [];
  const caseless = [...(cased.length ? [] : [skill.name]), ...(skill.aliases ?? [])];
  return { caseless, cased };
}

/** Separators squashed out: "CI-CD" ~ "CI/CD", "Node JS" ~ "Node.js", as the matcher's variants. */
const squash = (spelling: string): string => aliasKey(spelling).replace(/(?<=\S)[\s./]+(?=\S)/g, '');

let spellingIndex: { byKey: Map<string, string>; bySquashed: Map<string, string> } | undefined;
/** aliasKey(spelling) -> skill id, over names, aliases and cased forms (cased forms fold case here); and squashed. */
function spellings(): NonNullable<typeof spellingIndex> {
  if (spellingIndex) return spellingIndex;
  const byKey = new Map<string, string>();
  for (const s of skills) {
    for (const spelling of [s.name, s.id, ...(s.aliases ?? []), ...(s.cased ?? [])]) {
      const key = aliasKey(spelling);
      if (!byKey.has(key)) byKey.set(key, s.id);
    }
  }
  const bySquashed = new Map<string, string>();
  for (const [key, id] of byKey) if (!bySquashed.has(squash(key))) bySquashed.set(squash(key), id);
  return (spellingIndex = { byKey, bySquashed });
}

/** The skill a free-text spelling names, if any ("k8s" -> kubernetes, "node js" -> nodejs, "APIs" -> api). */
export function findSkill(spelling: string): SkillEntry | undefined {
  const { byKey, bySquashed } = spellings();
  const key = aliasKey(spelling);
  const singular = key.replace(/(?<=[\p{L}]{2})s$/u, '');
  const id = byKey.get(key) ?? byKey.get(singular) ?? bySquashed.get(squash(key)) ?? bySquashed.get(squash(singular));
  return id ? byId.get(id) : undefined;
}

/** Type-ahead: skills whose name or alias starts with the prefix, name matches first, shorter first. */
export function suggestSkills(prefix: string, limit = 10): SkillEntry[] {
  const p = aliasKey(prefix);
  if (!p) return [];
  const scored: { skill: SkillEntry; rank: number }[] = [];
  for (const s of skills) {
    const name = aliasKey(s.name);
    let rank = -1;
    if (name === p) rank = 0;
    else if (name.startsWith(p)) rank = 1;
    else if ([...(s.aliases ?? []), ...(s.cased ?? [])].some((a) => aliasKey(a).startsWith(p))) rank = 2;
    else if (name.includes(' ' + p)) rank = 3;
    if (rank >= 0) scored.push({ skill: s, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.skill.name.length - b.skill.name.length || a.skill.name.localeCompare(b.skill.name));
  return scored.slice(0, limit).map((x) => x.skill);
}
