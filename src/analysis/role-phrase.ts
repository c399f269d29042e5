/**
 * What a role phrase names: "Senior Machine Learning Engineer" -> ml-engineering, "Technical
 * Recruiter" -> not engineering (recruiting), "Software Engineer, Data Platform" -> data engineering.
 * The words live in lexicon/roles.json; this file only knows how titles are built: a head noun
 * ("engineer", "recruiter", "manager") that decides, modifiers before it that refine, and
 * qualifiers after a dash, comma or preposition that count only when the head leaves it open.
 */
import rolesData from '../../lexicon/roles.json';
import type { RoleFamily } from './types';

export type EngineeringFamily = Exclude<RoleFamily, 'not-engineering'>;

/** The reading of one phrase. `generic`: an engineering head with nothing that tells which kind. */
export type PhraseRole =
  | { kind: 'engineering'; family: EngineeringFamily | 'generic'; term: string }
  | { kind: 'not-engineering'; area: string; term: string };

interface RolesData {
  engineeringHeads: string[];
  leadHeads: string[];
  families: Record<EngineeringFamily, string[]>;
  familyOrder: EngineeringFamily[];
  notEngineering: { roles: Record<string, string[]>; fields: string[] };
  triggers: Record<string, string[]>;
  /** Per language, a pattern whose group 1 is a capitalised role before its verb ("The Recruiter will"). */
  rolesBefore: Record<string, string>;
  titleWords: string[];
}
export const ROLES = rolesData as unknown as RolesData;

type Marker =
  | { type: 'eng-head' | 'lead-head'; term: string }
  | { type: 'family'; family: EngineeringFamily; term: string }
  | { type: 'not-eng'; area: string; term: string };

/** Lower case, hyphens and slashes as spaces, gender tags ("(m/w/d)", "(e)") dropped. */
export function roleTokens(phrase: string): string[] {
  return (
    phrase
      .toLowerCase()
      .replace(/\((?:[mwfdhx]\s*\/\s*)+[mwfdhx]\)|\((?:e|in|a|ne)\)|\b[mwfh]\/[mwfdh](?:\/[mwfdhx])?\b/g, ' ')
      .replace(/[-‐‑–—_/]/g, ' ')
      .match(/[\p{L}\p{N}.#+&']+/gu)
      ?.map((t) => t.replace(/^'+|[.']+$/g, ''))
      .filter(Boolean) ?? []
  );
}

/** First token -> phrases starting with it, longest first. */
const INDEX = new Map<string, { tokens: string[]; marker: Marker }[]>();
function add(phrase: string, marker: Marker): void {
  const tokens = roleTokens(phrase);
  if (!tokens.length) return;
  const list = INDEX.get(tokens[0]!) ?? [];
  list.push({ tokens, marker });
  INDEX.set(tokens[0]!, list);
}
for (const h of ROLES.engineeringHeads) add(h, { type: 'eng-head', term: h });
for (const h of ROLES.leadHeads) add(h, { type: 'lead-head', term: h });
for (const [family, words] of Object.entries(ROLES.families) as [EngineeringFamily, string[]][]) for (const w of words) add(w, { type: 'family', family, term: w });
for (const [area, words] of Object.entries(ROLES.notEngineering.roles)) for (const w of words) add(w, { type: 'not-eng', area, term: w });
// Longest first; among equally long phrases `rank` decides (roles beat families beat bare heads).
for (const list of INDEX.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

/** Phrase matches, longest first at each token, non-overlapping, with the token they end at. */
function markers(tokens: readonly string[]): { marker: Marker; at: number }[] {
  const out: { marker: Marker; at: number }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const list = INDEX.get(tokens[i]!);
    let found: { tokens: string[]; marker: Marker } | undefined;
    let best = -1;
    for (const entry of list ?? []) {
      if (entry.tokens.length < best) break;
      if (!entry.tokens.every((t, k) => tokens[i + k] === t)) continue;
      // Same length: a role or family says more than a bare head word.
      if (!found || rank(entry.marker) > rank(found.marker)) found = entry;
      best = entry.tokens.length;
    }
    if (found) {
      // A phrase that ends in a head word ("data engineer", "account manager") is also that head.
      out.push({ marker: found.marker, at: i + found.tokens.length - 1 });
      i += found.tokens.length;
    } else i++;
  }
  return out;
}
const rank = (m: Marker): number => (m.type === 'not-eng' ? 3 : m.type === 'family' ? 2 : 1);

const HEAD_WORDS = new Set([...ROLES.engineeringHeads, ...ROLES.leadHeads].map((h) => roleTokens(h).join(' ')));
const ENG_HEADS = new Set(ROLES.engineeringHeads.map((h) => roleTokens(h).join(' ')));
/** Heads that name a job by themselves only with a modifier: "Scientist", "Analyst", "Researcher". */
const WEAK_HEADS = new Set(['scientist', 'scientists', 'researcher', 'analyst', 'technologist', 'engineering', 'administrator', 'admin', 'modeler', 'modeller']);

function lastToken(term: string): string {
  const t = roleTokens(term);
  return t[t.length - 1] ?? '';
}

/**
 * Whether a match can be the job itself: a head word, a phrase ending in one ("data engineer",
 * "account manager"), or any non-engineering job or field ("recruiter", "sales", "nursing").
 */
function isHeadLike(m: Marker, title: boolean): boolean {
  if (m.type === 'family') return HEAD_WORDS.has(lastToken(m.term));
  // A field ("sales", "financial", "PhD") names a job only as a whole title ("Finance"); in a
  // sentence it is a modifier at most ("financial card payment systems", "PhD or Masters").
  if (m.type === 'not-eng' && FIELDS.has(m.term)) return title;
  return true;
}
const FIELDS = new Set(ROLES.notEngineering.fields);
/** Sciences that make a "research scientist" a laboratory job. */
const LAB_AREAS = new Set(['healthcare', 'non-software engineering', 'academic research']);

function familyOf(found: { marker: Marker }[]): EngineeringFamily | null {
  let best: EngineeringFamily | null = null;
  for (const { marker } of found) {
    if (marker.type !== 'family') continue;
    if (!best || ROLES.familyOrder.indexOf(marker.family) < ROLES.familyOrder.indexOf(best)) best = marker.family;
  }
  return best;
}

/** The parts of a title: the main phrase, then qualifiers ("- Machine Learning", ", Data Platform", "in Test"). */
const SPLIT = /\s[-–—|•·]\s|[,;:()[\]|•·]|\s(?:at|for|to|with|who|that|which|where|you|we|will|is|are|in|on|within|based|from|into|inside|across|supporting|responsible|bei|für|pour|para|voor|per|chez|en|im|in der|in unserem|dans|au sein)\s/i;

/** The phrase up to its first dash, comma or preposition. */
export const firstPart = (phrase: string): string => phrase.split(SPLIT)[0] ?? '';

/** Reads a role phrase (a title, or the noun phrase of a role statement). Null when it names no job. */
export function readRolePhrase(phrase: string, headFirst = false): PhraseRole | null {
  const parts = phrase.split(SPLIT).map(roleTokens).filter((t) => t.length);
  if (!parts.length) return null;
  // A statement's noun phrase comes first ("a Recruiter to help us hire ML engineers"); a title's
  // main part may follow a level or a team ("Senior - Machine Learning Engineer").
  const title = !headFirst;
  const mainIndex = headFirst ? 0 : parts.findIndex((p) => markers(p).some((m) => isHeadLike(m.marker, title)));
  if (mainIndex < 0 || !markers(parts[mainIndex]!).some((m) => isHeadLike(m.marker, title))) return null;
  const main = markers(parts[mainIndex]!);
  // A sentence goes on after its noun phrase ("an engineer interested in ML"): only titles have qualifiers.
  const qualifiers = headFirst ? [] : parts.slice(mainIndex + 1).flatMap((p) => markers(p));
  const head = [...main].reverse().find((m) => isHeadLike(m.marker, title))!;
  // "Director of Data Science", "Intern - Machine Learning": after a leading head, what follows names the field.
  const before = head.marker.type === 'lead-head' ? main : main.filter((m) => m.at <= head.at);
  const hm = head.marker;
  const headTerm = roleTokens(hm.term).join(' ');
  if (hm.type === 'not-eng') return { kind: 'not-engineering', area: hm.area, term: hm.term };
  if (hm.type === 'family') {
    const family = familyOf(before) ?? hm.family;
    // "Research Scientist, Molecular Biology": science, not software.
    const lab = family === 'research' && [...before, ...qualifiers].find((m) => m.marker.type === 'not-eng' && LAB_AREAS.has(m.marker.area));
    if (lab && lab.marker.type === 'not-eng') return { kind: 'not-engineering', area: lab.marker.area, term: termOf(before, head) };
    return { kind: 'engineering', family, term: termOf(before, head) };
  }
  const fam = familyOf(before);
  const notEng = before.find((m) => m.marker.type === 'not-eng')?.marker as Extract<Marker, { type: 'not-eng' }> | undefined;
  const qualFam = familyOf(qualifiers);
  if (fam) return { kind: 'engineering', family: fam, term: termOf(before, head) };
  if (notEng) {
    // "Digital Marketing Engineer - Ruby on Rails": the qualifier makes it software after all.
    if (ENG_HEADS.has(headTerm) && qualFam) return { kind: 'engineering', family: qualFam, term: termOf(before, head) };
    return { kind: 'not-engineering', area: notEng.area, term: termOf(before, head) };
  }
  if (hm.type === 'eng-head' && !WEAK_HEADS.has(headTerm)) return { kind: 'engineering', family: qualFam ?? 'generic', term: termOf(before, head) };
  // "Engineering Manager", "Software Developer Intern".
  if (before.some((m) => m.marker.type === 'eng-head' && (!WEAK_HEADS.has(roleTokens(m.marker.term).join(' ')) || m.marker.term === 'engineering'))) {
    return { kind: 'engineering', family: qualFam ?? 'generic', term: termOf(before, head) };
  }
  // "Manager", "Scientist", "Specialist": a job, but which one only a qualifier can say.
  if (qualFam) return { kind: 'engineering', family: qualFam, term: termOf(before, head) };
  const qualNot = qualifiers.find((m) => m.marker.type === 'not-eng')?.marker as Extract<Marker, { type: 'not-eng' }> | undefined;
  if (qualNot) return { kind: 'not-engineering', area: qualNot.area, term: termOf(before, head) };
  return null;
}

/**
 * Whether the first part of a statement's phrase holds role nouns of both kinds ("a Recruiter
 * passionate about hiring ML engineers"): only grammar then tells where the role's noun phrase ends.
 */
export function mixedHeads(phrase: string): boolean {
  const heads = markers(roleTokens(firstPart(phrase))).filter((m) => isHeadLike(m.marker, false));
  return heads.some((m) => m.marker.type === 'not-eng') && heads.some((m) => m.marker.type !== 'not-eng');
}

function termOf(before: { marker: Marker }[], head: { marker: Marker }): string {
  return [...before.filter((m) => m !== head).map((m) => m.marker.term), head.marker.term].join(' ');
}

/**
 * Non-engineering words of a text, by area: distinct terms ("accounting", "audit", "tax" ->
 * finance). Used only for ads that name no job at all.
 */
export function nonEngineeringTerms(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { marker } of markers(roleTokens(text))) {
    if (marker.type !== 'not-eng') continue;
    const set = out.get(marker.area) ?? new Set<string>();
    set.add(marker.term);
    out.set(marker.area, set);
  }
  return out;
}
