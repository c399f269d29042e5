/**
 * What the job is, the strongest single cue of the lean: the title when the page gives one, else
 * the ad's own role statement ("We are hiring a Technical Recruiter", "As a Data Engineer you
 * will", "Join us as...", "Wir suchen einen Data Engineer"), else the ad's first line when it reads
 * like a title. Each candidate is a bounded window; compromise finds where the noun phrase ends.
 */
import nlp from 'compromise/two';
import { firstPart, mixedHeads, nonEngineeringTerms, ROLES, readRolePhrase, type PhraseRole } from './role-phrase';
import { sectionAt } from './sections';
import type { Section, SectionKind } from './types';

export interface RoleStatement {
  role: PhraseRole;
  /** The role phrase as written in the ad (or the title). */
  text: string;
  source: 'title' | 'statement';
  /** Said by a weak trigger ("you are", "applications for"): not enough to call an ad non-engineering. */
  weak?: boolean;
  /** Found under "About us": read after the statements in the job's own sections. */
  late?: boolean;
  /** No statement: the job's own text is full of one non-engineering field's words (audit, tax, accounting). */
  inferred?: boolean;
  start: number;
  end: number;
}

/** Text after a trigger that may hold the role's noun phrase. */
const WINDOW = 110;
/** Enough statements to find the one about the hire; an ad is not read to the end for this. */
const MAX_CANDIDATES = 12;
/** Trigger words looked at per pattern, role or not: bounds the work on long or odd text. */
const MAX_TRIGGERS = 60;
/** Ads say what the job is near the top: statements are looked for in this many characters. */
const SCAN_CHARS = 4000;
/** Statements in these sections talk about someone else (perks, the law). */
const IGNORED: ReadonlySet<SectionKind> = new Set(['benefits', 'legal']);
/** Under "About us" a statement may still be the hire ("About us ... we are hiring a..."), but weakly. */
const WEAK_SECTION: SectionKind = 'about';

interface Trigger {
  re: RegExp;
  weak: boolean;
  /** Languages whose trigger ("als", "como") needs a capitalised role after it. */
  capital: boolean;
}

function compile(sources: string[], weak: boolean): Trigger[] {
  const plain = sources.filter((s) => !s.endsWith('{Cap}'));
  const capital = sources.filter((s) => s.endsWith('{Cap}')).map((s) => s.slice(0, -5));
  // Whole words: a word boundary before, and after either a space the trigger took or a boundary.
  // (ASCII boundaries: a unicode look-behind at every position costs more than all the rest.)
  const make = (list: string[]): RegExp => new RegExp(`\\b(?:${list.join('|')})(?:(?<=\\s)|\\b)`, 'gi');
  return [...(plain.length ? [{ re: make(plain), capital: false, weak }] : []), ...(capital.length ? [{ re: make(capital), capital: true, weak }] : [])];
}
/** Per language, strong triggers then weak ones ("en-weak"). */
const TRIGGERS = new Map<string, Trigger[]>();
for (const [key, list] of Object.entries(ROLES.triggers)) {
  const [lang, weak] = key.split('-') as [string, string | undefined];
  TRIGGERS.set(lang, [...(TRIGGERS.get(lang) ?? []), ...compile(list, weak === 'weak')]);
}

/** Words of job titles that the tagger may call verbs or adjectives ("Lead", "Test", "Senior"). */
const TITLE_WORDS = new Set(ROLES.titleWords);

/** The end of a sentence or line: a role phrase never crosses it. */
const SENTENCE_END = /[.!?](?=\s|$)|[\n\r]/;

/**
 * Where the noun phrase at the start of `window` ends, by part of speech: "a Technical Recruiter |
 * to help us hire...", "an engineer | passionate about...". Role words always continue it (the
 * tagger calls a capitalised "Lead" or "Test" a verb now and then).
 */
function nounPhraseEnd(window: string): number {
  const terms = (nlp(window).json({ offset: true, terms: { offset: true } }) as {
    terms: { text: string; tags: string[]; post: string; offset: { start: number; length: number } }[];
  }[]).flatMap((s) => s.terms);
  let seenNoun = false;
  let end = window.length;
  for (const t of terms) {
    const tags = new Set(t.tags);
    const role = readRolePhrase(t.text) !== null || TITLE_WORDS.has(t.text.toLowerCase());
    const stop = tags.has('Verb') || tags.has('Preposition') || tags.has('Pronoun') || tags.has('QuestionWord') || (tags.has('Conjunction') && !/^(?:and|or|&)$/i.test(t.text));
    if (stop && !role && !(t.text.toLowerCase() === 'of' && !seenNoun)) {
      if (seenNoun || tags.has('Verb') || tags.has('Pronoun')) {
        end = t.offset.start;
        break;
      }
    }
    if (tags.has('Noun') || tags.has('ProperNoun') || tags.has('Acronym') || role) seenNoun = true;
    if (seenNoun && /[,;:(]/.test(t.post)) {
      end = t.offset.start + t.offset.length;
      break;
    }
  }
  return end;
}

/** The candidate phrase after a trigger ending at `at`: up to the sentence end. */
function phraseAfter(text: string, at: number): { start: number; text: string } {
  let window = text.slice(at, at + WINDOW);
  const stop = SENTENCE_END.exec(window);
  if (stop) window = window.slice(0, stop.index);
  const lead = /^[\s:–—-]*/.exec(window)![0].length;
  return { start: at + lead, text: window.slice(lead).trimEnd() };
}

/** The chosen statement cut to its noun phrase by compromise, and read again; null when nothing is left. */
function refine(c: RoleStatement): RoleStatement | null {
  const text = c.text.slice(0, nounPhraseEnd(c.text)).trim();
  const role = text ? readRolePhrase(text, true) : null;
  return role ? { ...c, role, text, end: c.start + text.length } : null;
}

/** What the reader is shown of a statement: its first part ("a Data Scientist", not the whole sentence). */
function shortened(c: RoleStatement): RoleStatement {
  const text = firstPart(c.text).trim();
  return text && text.length < c.text.length ? { ...c, text, end: c.start + text.length } : c;
}

/** Distinct words of one non-engineering field that make an ad that names no job that kind of job. */
const FIELD_TERMS_MIN = 3;

/** For an ad that names no job: the non-engineering field its own sections keep talking about, if any. */
function fieldOfWork(head: string, sections: readonly Section[]): RoleStatement | null {
  const job = sections.length ? sections.filter((s) => JOB_KINDS.has(s.kind) && s.start < head.length).map((s) => head.slice(s.start, s.end)).join('\n') : head;
  let best: { area: string; terms: Set<string> } | null = null;
  for (const [area, terms] of nonEngineeringTerms(job)) if (!best || terms.size > best.terms.size) best = { area, terms };
  if (!best || best.terms.size < FIELD_TERMS_MIN) return null;
  const text = [...best.terms].join(', ');
  return { role: { kind: 'not-engineering', area: best.area, term: text }, text, source: 'statement', inferred: true, start: 0, end: 0 };
}
const JOB_KINDS: ReadonlySet<SectionKind> = new Set(['intro', 'responsibilities', 'required', 'preferred']);

/**
 * The ad's first line, when it is short and names a job: many pasted ads start with their title
 * ("Role: Data Engineer"; a Hacker News ad's "Acme | Senior Backend Engineer | Remote").
 */
function firstLine(text: string): { start: number; text: string }[] {
  const m = /^\s*([^\n\r]{3,400})/.exec(text.slice(0, 420));
  if (!m) return [];
  const line = m[1]!.trim();
  const start = text.indexOf(line);
  const short = (t: string): boolean => t.split(/\s+/).length <= 10 && !/[.!?]$/.test(t);
  if (short(line)) {
    const label = /^(?:job\s+title|title|role|position|vacancy)\s*:\s*/i.exec(line)?.[0].length ?? 0;
    return [{ start: start + label, text: line.slice(label) }];
  }
  // Pipe-separated headers: each of the first few fields may be the title.
  if (line.indexOf(' | ') < 0) return [];
  const out: { start: number; text: string }[] = [];
  let at = start;
  for (const field of line.split(' | ').slice(0, 4)) {
    if (short(field.trim())) out.push({ start: at, text: field.trim() });
    at += field.length + 3;
  }
  return out;
}

/** "The Sales Development Representative will...": a capitalised role before its verb. */
const ROLE_BEFORE = new Map(Object.entries(ROLES.rolesBefore).map(([k, v]) => [k, new RegExp(v, 'g')]));

/**
 * The role the ad itself names. The title wins; then the first line that reads as a title; then the
 * first role statement in the job's own text. A statement that only says "engineer" gives way to a
 * later one that says which kind.
 */
export function findRole(text: string, sections: readonly Section[], title: string | null, language: string): RoleStatement | null {
  if (title) {
    const role = readRolePhrase(title);
    if (role) return { role, text: title, source: 'title', start: 0, end: 0 };
  }
  for (const first of firstLine(text)) {
    const role = readRolePhrase(first.text);
    if (role) return { role, text: first.text, source: 'statement', start: first.start, end: first.start + first.text.length };
  }
  const candidates: RoleStatement[] = [];
  const english = language === 'en';
  const head = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  for (const trigger of [...(TRIGGERS.get(language) ?? []), ...(english ? [] : (TRIGGERS.get('en') ?? []))]) {
    trigger.re.lastIndex = 0;
    let found = 0;
    let seen = 0;
    for (let m = trigger.re.exec(head); m && found < MAX_CANDIDATES && seen++ < MAX_TRIGGERS; m = trigger.re.exec(head)) {
      const at = m.index + m[0].length;
      if (trigger.capital && !/^\s+\p{Lu}/u.test(text.slice(at, at + 4))) continue;
      const kind = sectionAt(sections, m.index);
      if (IGNORED.has(kind)) continue;
      const phrase = phraseAfter(text, at);
      if (!phrase.text) continue;
      const role = readRolePhrase(phrase.text, true);
      if (!role) continue;
      found++;
      candidates.push({
        role,
        text: phrase.text,
        source: 'statement',
        ...(trigger.weak && { weak: true }),
        ...(kind === WEAK_SECTION && { late: true }),
        start: phrase.start,
        end: phrase.start + phrase.text.length,
      });
    }
  }
  const before = ROLE_BEFORE.get(language);
  if (before) {
    before.lastIndex = 0;
    let seen = 0;
    for (let m = before.exec(head); m && seen++ < MAX_TRIGGERS; m = before.exec(head)) {
      const kind = sectionAt(sections, m.index);
      if (IGNORED.has(kind)) continue;
      const role = readRolePhrase(m[1]!, true);
      const start = m.index + m[0].indexOf(m[1]!);
      if (role) candidates.push({ role, text: m[1]!, source: 'statement', ...(kind === WEAK_SECTION && { late: true }), start, end: start + m[1]!.length });
    }
  }
  // Strong statements first ("We are hiring a...", "As a..."), in reading order.
  const rank = (c: RoleStatement): number => (c.weak ? 2 : 0) + (c.late ? 1 : 0);
  candidates.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const specific = candidates.find((c) => c.role.kind === 'not-engineering' || c.role.family !== 'generic');
  const firstCandidate = candidates[0];
  if (!firstCandidate) return fieldOfWork(head, sections);
  // A specific reading after a generic one ("an engineer ... As a Data Engineer") says more.
  const chosen = firstCandidate.role.kind === 'engineering' && firstCandidate.role.family === 'generic' && specific ? specific : firstCandidate;
  // compromise reads only the chosen statement, and only when it names an engineering and a
  // non-engineering role: a parse costs milliseconds.
  return (english && mixedHeads(chosen.text) && refine(chosen)) || shortened(chosen);
}
