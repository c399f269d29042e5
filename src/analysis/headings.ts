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
export function normaliseHeading(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015\-]/g, ' ')
    .toLowerCase()
    .replace(/\b(you|we|they|i)'ll\b/g, '$1 will')
    .replace(/\b(you|we|they)'re\b/g, '$1 are')
    .replace(/\b(what|it|that|who|here|there)'s\b/g, '$1 is')
    .replace(/\b(you|we|they|i)'d\b/g, '$1 would')
    .replace(/\b(you|we|they|i)'ve\b/g, '$1 have')
    .replace(/\s+/g, ' ')
    .trim();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Cue {
  kind: HeadingKind;
  /** Tested on the normalised heading, or on the heading as written for `re:` entries. */
  re: RegExp;
  raw: boolean;
}

function compileCue(kind: HeadingKind, phrase: string): Cue {
  if (phrase.startsWith('re:')) return { kind, re: new RegExp(phrase.slice(3), 'i'), raw: true };
  const prefix = phrase.endsWith('*');
  const body = escape(normaliseHeading(prefix ? phrase.slice(0, -1) : phrase)).replace(/ /g, ' ?');
  return { kind, re: new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u'), raw: false };
}

const CUES: Cue[] = (data.order as HeadingKind[]).flatMap((kind) =>
  ((data.kinds as Record<string, string[]>)[kind] ?? []).map((p) => compileCue(kind, p)),
);

/** The section a heading opens, if it reads as one. */
export function classifyHeading(heading: string): SectionKind | null {
  const norm = normaliseHeading(heading);
  for (const cue of CUES) {
    if (cue.re.test(cue.raw ? heading : norm)) return cue.kind === 'culture' ? 'about' : cue.kind;
  }
  return null;
}

const START_WORDS = new Set(data.startWords.map(normaliseHeading));
/** A heading without a colon must start like one ("Who you are", "Deine Aufgaben"). */
export function startsLikeHeading(heading: string): boolean {
  const first = normaliseHeading(heading).split(/[\s']/)[0] ?? '';
  return START_WORDS.has(first.replace(/[^\p{L}-]/gu, ''));
}

/** Whole headings as they are glued into flattened text, longest first so "About us" beats "About". */
const caseless = (s: string): string => s.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
const GLUED = [...data.glued]
  .sort((a, b) => b.length - a.length)
  .map((p) => caseless(escape(p)).replace(/'/g, "['\u2019]").replace(/ /g, '\\s+'));
/** A glued heading at the start of a sentence, then a colon or a capitalised word ("Qualifications Bachelor's"). */
const GLUED_AT_START = new RegExp(`^[\\s\\p{Extended_Pictographic}\\uFE0F\\u200D•*\\-–—]*(${GLUED.join('|')})(?:\\s*[:：\\-–—]\\s*|\\s+(?=[\\p{Lu}\\p{N}•*\\-]))`, 'u');

export function gluedHeadingAt(piece: string): { heading: string; length: number } | null {
  const m = GLUED_AT_START.exec(piece);
  if (!m) return null;
  const heading = m[1]!;
  // As a heading it is written with a capital ("Qualifications", not "qualifications you need").
  if (!/^\p{Lu}/u.test(heading)) return null;
  return { heading, length: m[0].length };
}

/** Glued headings inside a flattened line, not after a sentence end: "...in Go Requirements 5+ years". */
const GLUED_INSIDE = new RegExp(`(?<=[\\p{Ll}\\p{N})\\]]\\s{0,3})(${GLUED.join('|')})(?=\\s*[:：]|\\s+[\\p{Lu}\\p{N}•])`, 'gu');

/** Offsets in a line where a glued multi-word (or colon-ended) heading starts. */
export function gluedHeadingStarts(line: string): number[] {
  const out: number[] = [];
  GLUED_INSIDE.lastIndex = 0;
  for (let m = GLUED_INSIDE.exec(line); m; m = GLUED_INSIDE.exec(line)) {
    const h = m[1]!;
    const colon = /^\s*[:：]/.test(line.slice(m.index + h.length));
    // Title case, and either several words or a colon: "Requirements:" or "Nice to have Docker".
    if (/^\p{Lu}/u.test(h) && (colon || /\s/.test(h))) out.push(m.index);
  }
  return out;
}
