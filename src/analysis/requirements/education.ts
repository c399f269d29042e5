/**
 * Education: a degree level and the fields it may be in ("MS or PhD in Statistics, Economics or a
 * related field", "Bachelor's degree in Computer Science or equivalent experience"). The fields
 * are part of the education requirement, never skills the reader lacks.
 */
import { skillById } from '../lexicon';
import type { Mention } from '../types';

export type DegreeLevel = 'bachelor' | 'master' | 'phd';

const LEVELS: [DegreeLevel, RegExp][] = [
  ['bachelor', /\b(?:[Bb]achelor(?:'s|’s|s)?|[Uu]ndergraduate|B\.?S\.?c?\b|B\.?A\.?\b|B\.?Eng\b|B\.?Tech\b|[Ll]icence|[Gg]rado|[Ll]icenciatura|HBO\b|hbo\b)/],
  ['master', /\b(?:[Mm]aster(?:'s|’s|s)?|[Gg]raduate degree|M\.?S\.?c?\b|M\.?A\.?\b|M\.?Eng\b|M\.?Tech\b|MBA\b|[Dd]iplom\b|[Mm]áster)/],
  ['phd', /\b(?:Ph\.?\s?D\.?|PHD|phd|[Dd]octorate|[Dd]octoral|[Dd]octorado|[Dd]octorat)/],
];
/** Words that make a clause about a degree. */
const DEGREE = /\b(?:[Dd]egree|[Dd]iploma|[Bb]achelor|[Mm]aster(?:'s|’s)|Ph\.?\s?D|PHD|phd|[Dd]octorate|[Mm]asters|(?:BS\/MS|MS\/PhD|B\.?S\.?c?|M\.?S\.?c?|B\.?A|B\.?Eng|M\.?Eng)(?=\.?\s*(?:in|degree|or|and|\/|,|\)|from)\b)|[Uu]niversity|[Ss]tudium|[Aa]bschluss|[Hh]ochschul\w*|[Dd]iplôme|[Bb]ac\s?\+\s?\d|[Tt]itulaci[oó]n|[Ll]icenciatura|[Gg]rado|[Oo]pleiding|HBO|WO)\b/;
/** A quick scan for clauses that may ask for a degree. */
export const DEGREE_WORDS = new RegExp(DEGREE.source, 'g');
/** Where the list of fields ends: the next clause, a count of years, "or equivalent experience". */
const FIELDS_END = /[.;]\s|\n|\b(?:and|with|plus|\+)\s+\d|\b\d+\+?\s*(?:years?|yrs?)\b|\bequivalent\b|\brelated (?:field|discipline|area|subject)|\bsimilar (?:field|discipline)|\bor (?:relevant|comparable|practical)\b|\bexperience\b|\bstrong\b|\bproficien|\bknowledge\b|\bskills?\b/i;
/** Categories a degree can be in. Languages and tools after a degree are skills, not fields. */
const FIELD_CATEGORIES = new Set(['field', 'math-statistics', 'ml-concept', 'domain']);

export interface EducationFound {
  start: number;
  end: number;
  levels: DegreeLevel[];
  /** Indices into the clause's mentions that are the degree's fields (or the degree itself). */
  fields: number[];
  equivalentExperience: boolean;
}

/** The education a clause asks for, if it is about a degree. */
export function educationIn(text: string, from: number, to: number, mentions: readonly Mention[]): EducationFound | null {
  const clause = text.slice(from, to);
  const degree = DEGREE.exec(clause);
  if (!degree) return null;
  // The degree phrase may start before its keyword ("MS or PhD in ...", "a Bachelor's degree").
  const levelsAt = LEVELS.map(([level, re]) => ({ level, at: re.exec(clause)?.index ?? -1 })).filter((l) => l.at >= 0);
  const first = Math.min(degree.index, ...levelsAt.map((l) => l.at));
  const rest = clause.slice(first);
  const stop = FIELDS_END.exec(rest.slice(degree.index - first + degree[0].length));
  const fieldsAt = from + degree.index + degree[0].length;
  const fieldsEnd = fieldsAt + (stop ? stop.index : rest.length);
  // "... or a related field", "or equivalent experience" belong to the education.
  const tail = stop && /^(?:equivalent|related|similar|or)/i.test(stop[0]) ? clauseEndTrimmed(text, fieldsEnd, to) : fieldsEnd;
  const start = from + first;
  const fields: number[] = [];
  mentions.forEach((m, i) => {
    if (m.start < start || m.start >= fieldsEnd) return;
    const skill = skillById(m.skill);
    if (skill && FIELD_CATEGORIES.has(skill.category)) fields.push(i);
  });
  const equivalentExperience = /\b(?:or|and\/or)\s+(?:an?\s+)?(?:equivalent|comparable|relevant|practical)\s+(?:\w+\s+){0,2}(?:experience|work)/i.test(clause);
  const end = Math.max(tail, ...fields.map((i) => mentions[i]!.end));
  return { start, end: Math.min(to, Math.max(end, start + degree[0].length)), levels: levelsAt.sort((a, b) => a.at - b.at).map((l) => l.level), fields, equivalentExperience };
}

/** The clause's end without its final punctuation and spaces. */
function clauseEndTrimmed(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /[\s.;,•]/.test(text[e - 1]!)) e--;
  return e;
}

/** "Master's or PhD in Statistics (or equivalent experience)": the line a report shows. */
export function describeEducation(text: string): { levels: DegreeLevel[]; equivalentExperience: boolean } {
  const levels = LEVELS.filter(([, re]) => re.test(text)).map(([l]) => l);
  return { levels, equivalentExperience: /\b(?:equivalent|comparable)\b/i.test(text) };
}
