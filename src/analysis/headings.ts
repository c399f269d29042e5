/**
 * Section headings, compiled from data (`data/headings.json`): what kind of section a heading
 * opens, which words a heading may start with, and the headings recognised when a flattened ad
 * glues them to the text ("...data sources.Qualifications Bachelor's...").
 */
import data from './data/headings.json';
import type { SectionKind } from './types';

/** `culture` (mission, values, the way we work) is company text: filed as `about`. */
type HeadingKind = SectionKind | 'culture';

/**
 * One form for every typographic variant of a heading: lower case, straight quotes, no accents,
 * hyphens as spaces, contractions spelled out ("What you’ll do" -> "what you will do").
 */
const CONTRACTION = /\b(you|we|they|i|what|it|that|who|here|there)'(ll|re|s|d|ve)\b/g;
const SPELLED: Record<string, string> = { ll: 'will', re: 'are', s: 'is', d: 'would', ve: 'have' };

export function normaliseHeading(s: string): string {
  // Plain ASCII (most headings) skips the Unicode work.
  let t = /[\u0080-\uffff]/.test(s)
    ? s
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[\u2018\u2019\u02bc\u00b4]/g, "'")
        .replace(/[\u201c\u201d\u201e]/g, '"')
        .replace(/[\u2010-\u2015]/g, ' ')
    : s;
  t = t.toLowerCase().replace(/[-`]/g, (c) => (c === '`' ? "'" : ' '));
  if (t.includes("'")) t = t.replace(CONTRACTION, (_, w: string, c: string) => (c === 's' && !/^(?:what|it|that|who|here|there)$/.test(w) ? _ : `${w} ${SPELLED[c]}`));
  return t.replace(/\s+/g, ' ').trim();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of a normalised heading or phrase. */
const wordsOf = (s: string): string[] => s.split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/**
 * One kind's cues: phrases indexed by their first word (a heading is checked word by word, no
 * regex per phrase), single-word prefixes ("responsibilit*"), and raw patterns.
 */
interface KindCues {
  kind: HeadingKind;
  byFirst: Map<string, { words: string[]; prefix: boolean }[]>;
  prefixes: string[];
  raw: RegExp | null;
}

const CUES: KindCues[] = (data.order as HeadingKind[]).map((kind) => {
  const all = (data.kinds as Record<string, string[]>)[kind] ?? [];
  const byFirst = new Map<string, { words: string[]; prefix: boolean }[]>();
  const prefixes: string[] = [];
  for (const p of all) {
    if (p.startsWith('re:')) continue;
    const prefix = p.endsWith('*');
    const words = wordsOf(normaliseHeading(prefix ? p.slice(0, -1) : p));
    if (!words.length) continue;
    if (prefix && words.length === 1) prefixes.push(words[0]!);
    else byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, prefix }]);
  }
  const raw = all.filter((p) => p.startsWith('re:')).map((p) => `(?:${p.slice(3)})`);
  return { kind, byFirst, prefixes, raw: raw.length ? new RegExp(raw.join('|'), 'i') : null };
});

function phraseAt(words: readonly string[], i: number, phrase: { words: string[]; prefix: boolean }): boolean {
  const n = phrase.words.length;
  if (i + n > words.length) return false;
  for (let k = 0; k < n; k++) {
    const w = words[i + k]!;
    const want = phrase.words[k]!;
    if (w === want) continue;
    if (phrase.prefix && k === n - 1 && w.startsWith(want)) continue;
    return false;
  }
  return true;
}

function kindMatches(cue: KindCues, words: readonly string[], heading: string): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    for (const p of cue.byFirst.get(w) ?? []) if (phraseAt(words, i, p)) return true;
    for (const p of cue.prefixes) if (w.startsWith(p)) return true;
  }
  return !!cue.raw?.test(heading);
}

/** The section a heading opens, if it reads as one. */
export function classifyHeading(heading: string): SectionKind | null {
  const words = wordsOf(normaliseHeading(heading));
  for (const cue of CUES) {
    if (kindMatches(cue, words, heading)) return cue.kind === 'culture' ? 'about' : cue.kind;
  }
  return null;
}

const START_WORDS = new Set(data.startWords.map(normaliseHeading));
/** A heading without a colon must start like one ("Who you are", "Deine Aufgaben"). */
export function startsLikeHeading(heading: string): boolean {
  const word = /^[^\s'’]*/.exec(heading.trimStart())![0];
  const plain = /^[A-Za-z]+$/.test(word) ? word.toLowerCase() : normaliseHeading(word).replace(/[^\p{L} ]/gu, '').split(' ')[0] ?? '';
  return START_WORDS.has(plain);
}

/** Whole headings as they are glued into flattened text, longest first so "About us" beats "About". */
const caseless = (s: string): string => s.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
const GLUED = [...data.glued]
  .sort((a, b) => b.length - a.length)
  .map((p) => caseless(escape(p)).replace(/'/g, "['\u2019]").replace(/ /g, '\\s+'));
/** A glued heading at the start of a sentence, then a colon or a capitalised word ("Qualifications Bachelor's"). */
const GLUED_AT_START = new RegExp(`^(?:[\\s\\p{Extended_Pictographic}•*\\-–—]|\\uFE0F|\\u200D)*(${GLUED.join('|')})(?:\\s*[:：\\-–—]\\s*|\\s+(?=[\\p{Lu}\\p{N}•*\\-]))`, 'u');

export function gluedHeadingAt(piece: string): { heading: string; length: number } | null {
  const m = GLUED_AT_START.exec(piece);
  if (!m) return null;
  const heading = m[1]!;
  // As a heading it is written with a capital ("Qualifications", not "qualifications you need").
  if (!/^\p{Lu}/u.test(heading)) return null;
  return { heading, length: m[0].length };
}

/** Glued headings inside a flattened line, not after a sentence end: "...in Go Requirements 5+ years". */
const GLUED_FIRST = new Set(data.glued.map((p) => p.split(/[\s'-]/)[0]!.toLowerCase()));
const GLUED_HERE = new RegExp(`(${GLUED.join('|')})(?=\\s*[:：]|\\s+[\\p{Lu}\\p{N}•])`, 'uy');

/** Offsets in a line where a glued multi-word (or colon-ended) heading starts. A character loop: long lines are common. */
export function gluedHeadingStarts(line: string): number[] {
  const out: number[] = [];
  const n = line.length;
  for (let at = 1; at < n; at++) {
    const c = line.charCodeAt(at);
    if (c < 65 || c > 90) continue; // headings here start with an ASCII capital
    // After a lower-case letter, a digit or a bracket, and at most three spaces.
    let k = at - 1;
    while (k >= 0 && at - k <= 4 && line.charCodeAt(k) === 32) k--;
    if (k < 0 || at - k > 4) continue;
    const p = line.charCodeAt(k);
    if (!((p >= 97 && p <= 122) || (p >= 48 && p <= 57) || p === 41 || p === 93)) continue;
    let e = at + 1;
    while (e < n && ((line.charCodeAt(e) | 32) >= 97 && (line.charCodeAt(e) | 32) <= 122)) e++;
    if (!GLUED_FIRST.has(line.slice(at, e).toLowerCase())) continue;
    GLUED_HERE.lastIndex = at;
    const g = GLUED_HERE.exec(line);
    if (!g) continue;
    const h = g[1]!;
    const colon = /^\s*[:：]/.test(line.slice(at + h.length, at + h.length + 4));
    // Several words or a colon: "Requirements:" or "Nice to have Docker", not a lone capitalised word.
    if (colon || /\s/.test(h)) out.push(at);
  }
  return out;
}
