/**
 * Decides whether an ambiguous spelling ("Go", "R", "C", "React", "Spark", "Swift", "Excel"...) is
 * the skill or an ordinary word. Cheap patterns first; compromise's part-of-speech tagger only for
 * the sentences that still need it ("Go to", "Spark joy", "Swift delivery", "Excel at").
 */
import nlp from 'compromise/two';
import { skillById } from './lexicon';
import type { Hit } from './matcher';
import { sentenceAround } from './sentences';

/** Words that make a following letter a label, not a language: "Grade C", "plan R", "Series B". */
const LABEL_BEFORE = new Set(
  'grade section class plan type level tier option vitamin part phase series round schedule category form step group block building room suite floor unit division zone channel lot size band rank pay appendix exhibit article chapter figure table item column row letter model version track'.split(' '),
);

/** Words after a name that make it technical: "Go developer", "R programming", "Spark cluster". */
const TECH_AFTER = new Set(
  'programming program programs language languages lang developer developers engineer engineers engineering development code coding codebase framework frameworks library libraries stack native sdk runtime ecosystem apps app application applications backend back-end frontend services service microservices modules packages package experience skills scripts scripting script streaming sql jobs job clusters cluster notebooks shiny studio tidyverse ui components hooks projects project expertise proficiency knowledge based'.split(' '),
);

/** Phrases before a name that make it technical: "experience with", "written in", "using". */
const TECH_BEFORE =
  /(?:languages?|stack|technologies|tools|frameworks?|libraries|skills?)\s*:\s*$|(?:experience|experienced|proficien\w*|expertise|expert|knowledge|skills?|skilled|familiar\w*|fluen\w*|background|comfortable|hands-on|written|writing|coding|code|programming|develop\w*|built|build\w*|work\w*|strong|solid|such as|like|including|e\.g\.|i\.e\.|use|uses|using|used|in|with|of)\s*[:,]?\s*(?:the\s+)?$/i;

/** Gap text between two neighbours in a list: "Python, Go", "C/C++", "R or Python", "(Go)". */
const LIST_GAP = /^[\s,;/&()+|:\-\u2022]*(?:(?:and|or|and\/or|as well as|plus|&)[\s,;/&()+|:-]*)?$/i;

export interface ContextInput {
  text: string;
  hits: Hit[];
  /** Index into hits of the ambiguous hit to judge. */
  index: number;
  /** Hits already accepted (unambiguous, or confirmed earlier). */
  accepted: boolean[];
}

export type Verdict = 'accept' | 'reject' | 'unsure';

/** Cheap verdict from the characters and words around the hit. */
export function patternVerdict(text: string, hit: Hit): Verdict {
  const { start, end } = hit;
  const word = text.slice(start, end);
  const next = text[end] ?? '';
  const next2 = text[end + 1] ?? '';
  const prev = text[start - 1] ?? '';
  // "C-level", "R&D", "Go-to-market", "AT&T", "B2B-R".
  if ((next === '-' || next === '\u2011') && /\p{L}/u.test(next2)) return 'reject';
  if (next === '&' || prev === '&' || (prev === '-' && /\p{L}/u.test(text[start - 2] ?? ''))) return 'reject';
  if (next === "'" && /\p{L}/u.test(next2) && next2 !== 's') return 'reject';
  const before = text.slice(Math.max(0, start - 40), start);
  const prevWord = /(\p{L}+)[ \t]+$/u.exec(before)?.[1]?.toLowerCase();
  if (word.length <= 2 && prevWord && LABEL_BEFORE.has(prevWord)) return 'reject';
  // "Go to", "React to", "Excel at", "Go beyond": verb readings of a capitalised name.
  // ("Use React to build UIs" keeps it: a technical cue comes first.)
  if (!TECH_BEFORE.test(before) && /^[A-Za-z][a-z]+$/.test(word) && /^\s+(?:to|at|ahead|beyond|above|through|live|back|forward|over|out|up)\b/i.test(text.slice(end, end + 16))) return 'reject';
  return 'unsure';
}

function sameLine(text: string, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return hi - lo < 200 && text.slice(lo, hi).indexOf('\n') === -1;
}

/** Neighbour in a list: an accepted hit right before or after, separated only by list punctuation. */
export function inList(input: ContextInput): boolean {
  const { text, hits, index, accepted } = input;
  const hit = hits[index]!;
  // "solid statistics": a lower-case word right before another name modifies it.
  const next = hits[index + 1];
  const plainWord = hit.listOnly && (hit.end - hit.start < 2 || !skillById(hit.skill)?.ambiguous);
  if (plainWord && next && /^[ \t]+$/.test(text.slice(hit.end, next.start))) return false;
  for (const k of [index - 1, index + 1]) {
    const other = hits[k];
    if (!other || !accepted[k]) continue;
    const gap = k < index ? text.slice(other.end, hit.start) : text.slice(hit.end, other.start);
    // A lower-case name ("solid", "rest") needs a real separator: "solid SQL" is an adjective.
    if (plainWord && !/[,;/|•]|\b(?:and|or)\b/.test(gap)) continue;
    if (gap.length <= 24 && sameLine(text, hit.start, other.start) && LIST_GAP.test(gap)) return true;
  }
  return false;
}

/** A list item that is only the name, with at most a marker: "- Spark (advantage).", "• Go", "- Kafka - Plus". */
const BARE_ITEM_REST = /^[\s.,;:!)(\-–—]*(?:\d{1,2}\+?\s*(?:years?|yrs?)[\s.,;:!)(\-–—]*)?(?:(?:is |are )?(?:a |an )?(?:big |huge )?(?:plus|bonus|advantage|preferred|required|nice to have|must|optional)[\s.,;:!)(\-–—]*)?$/i;
function bareListItem(text: string, hit: Hit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  if (!/^[ \t]*[-•*·▪◦–][ \t]*$/.test(text.slice(lineStart, hit.start))) return false;
  const lineEnd = text.indexOf('\n', hit.end);
  return BARE_ITEM_REST.test(text.slice(hit.end, lineEnd < 0 ? Math.min(text.length, hit.end + 40) : Math.min(lineEnd, hit.end + 40)));
}

export function cueVerdict(text: string, hit: Hit): boolean {
  if (bareListItem(text, hit)) return true;
  const afterWord = /^[\s/]*([\p{L}-]+)/u.exec(text.slice(hit.end, hit.end + 30))?.[1]?.toLowerCase();
  if (afterWord && TECH_AFTER.has(afterWord)) return true;
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  if (before.indexOf('\n') !== -1 && !/\S/.test(before.slice(before.lastIndexOf('\n')))) return false;
  return TECH_BEFORE.test(before);
}

export interface Tagged {
  offset: number;
  length: number;
  tags: string[];
}

/** Part of speech of every term in a window of text, with offsets relative to the window. */
export type PosTagger = (window: string) => Tagged[];

const compromiseTagger: PosTagger = (window) => {
  const json = nlp(window).json({ offset: true, terms: { offset: true } }) as {
    terms: { tags: string[]; offset: { start: number; length: number } }[];
  }[];
  return json.flatMap((s) => s.terms.map((t) => ({ offset: t.offset.start, length: t.offset.length, tags: t.tags })));
};

/**
 * Bounds on the part-of-speech stage, whatever the text: at most `maxCalls` tagger calls per text
 * (the most a dev-corpus ad needs is 5), each on the hit's sentence cut to `before` / `after`
 * characters around it (a text without punctuation is one 200k "sentence"). A hit in a window
 * another hit already tagged reuses it when it has `margin` characters of context on each cut side;
 * a sentence seen before (boilerplate repeated down a page) is not tagged again.
 */
export const POS_BOUNDS = { maxCalls: 32, before: 120, after: 240, margin: 50 };

/** The part-of-speech stage of one text: its tagger, its windows and what it spent. */
export class PosStage {
  calls = 0;
  /** Longest window the tagger saw, in characters. */
  longestWindow = 0;
  /** Hits left unchecked once `maxCalls` ran out (they are then not kept). */
  unchecked = 0;
  private sentences = new Map<number, Window>();
  private byText = new Map<string, Tagged[]>();
  private last: Window | undefined;

  constructor(
    private readonly tag: PosTagger = compromiseTagger,
    readonly bounds = POS_BOUNDS,
  ) {}

  /** The tagged window for a hit, or null when the budget is spent. */
  windowFor(text: string, hit: Hit): Window | null {
    const { before, after, margin } = this.bounds;
    const s = sentenceAround(text, hit.start, hit.end, before, after);
    const whole = !s.cutStart && !s.cutEnd;
    // A whole sentence is tagged once, whichever hit asks first (as before there were bounds).
    const known = whole ? this.sentences.get(s.start) : this.last;
    if (known && (whole || fits(known, hit, margin))) return known;
    const start = s.cutStart ? wordStart(text, s.start, hit.start) : s.start;
    const end = s.cutEnd ? wordEnd(text, s.end, hit.end) : s.end;
    const slice = text.slice(start, end);
    let terms = whole ? this.byText.get(slice) : undefined;
    if (!terms) {
      if (this.calls >= this.bounds.maxCalls) {
        this.unchecked++;
        return null;
      }
      terms = this.tag(slice);
      this.calls++;
      this.longestWindow = Math.max(this.longestWindow, slice.length);
      if (whole) this.byText.set(slice, terms);
    }
    const window: Window = { start, end, cutStart: s.cutStart, cutEnd: s.cutEnd, terms };
    if (whole) this.sentences.set(start, window);
    else this.last = window;
    return window;
  }
}

interface Window {
  start: number;
  end: number;
  cutStart: boolean;
  cutEnd: boolean;
  terms: Tagged[];
}

/** The window holds the hit, with context up to the sentence's bound or `margin` characters. */
function fits(w: Window, hit: Hit, margin: number): boolean {
  if (hit.start < w.start || hit.end > w.end) return false;
  return (!w.cutStart || hit.start - w.start >= margin) && (!w.cutEnd || w.end - hit.end >= margin);
}

/** A cut window starts after a space when one is near, not inside a word. */
function wordStart(text: string, from: number, limit: number): number {
  for (let i = from; i < Math.min(limit, from + 24); i++) if (/\s/.test(text[i]!)) return i + 1;
  return from;
}
function wordEnd(text: string, to: number, limit: number): number {
  for (let i = to; i > Math.max(limit, to - 24); i--) if (/\s/.test(text[i - 1]!)) return i - 1;
  return to;
}

/** compromise decides: a verb ("Go to", "Spark joy") or an adjective before a noun ("Swift delivery") is not a skill. */
export function posVerdict(text: string, hit: Hit, stage: PosStage): Verdict {
  const s = stage.windowFor(text, hit);
  if (!s) return 'unsure';
  const tagged = s.terms;
  const rel = hit.start - s.start;
  const idx = tagged.findIndex((t) => t.offset <= rel && rel < t.offset + Math.max(1, t.length));
  const term = tagged[idx];
  if (!term) return 'unsure';
  const tags = new Set(term.tags);
  const nextTags = new Set(tagged[idx + 1]?.tags ?? []);
  if (tags.has('Verb') && !tags.has('Noun')) return 'reject';
  // "Swift delivery", "Spark joy", "Express interest": the name modifies or acts on a plain noun.
  const next = tagged[idx + 1];
  const nextText = next ? text.slice(s.start + next.offset, s.start + next.offset + next.length) : '';
  if (next && /^[a-z]/.test(nextText) && nextTags.has('Noun') && !TECH_AFTER.has(nextText.toLowerCase())) return 'reject';
  if (tags.has('Adjective') && nextTags.has('Noun') && !nextTags.has('ProperNoun')) return 'reject';
  const sentenceInitial = !/\S/.test(text.slice(s.start, hit.start).replace(/^[\s\-*\u2022\d.)]+/, ''));
  if (!sentenceInitial && (tags.has('ProperNoun') || tags.has('Noun') || tags.has('Acronym'))) return 'accept';
  return 'unsure';
}

/**
 * Which hits stand. Unambiguous hits always do; ambiguous ones need a technical context, decided
 * so that lists of ambiguous names ("Go, Rust, C") confirm each other. Linear in the hits: a hit is
 * looked at again only when a neighbour is accepted (a 40 kB list of "Go" once took 37 s).
 */
export function resolveAmbiguous(text: string, hits: Hit[], stage: PosStage = new PosStage()): boolean[] {
  const accepted = hits.map((h) => !h.needsContext);
  const pending = hits.map((h) => h.needsContext && patternVerdict(text, h) !== 'reject');
  // Lists and cues first: they decide most cases without a parse. Then the part-of-speech tagger
  // for what is left (not single letters); whatever it confirms may confirm its list neighbours.
  const queue: number[] = [];
  const accept = (k: number): void => {
    accepted[k] = true;
    pending[k] = false;
    if (pending[k - 1]) queue.push(k - 1);
    if (pending[k + 1]) queue.push(k + 1);
  };
  const propagate = (): void => {
    while (queue.length) {
      const k = queue.pop()!;
      if (pending[k] && inList({ text, hits, index: k, accepted })) accept(k);
    }
  };
  for (let k = 0; k < hits.length; k++) {
    if (!pending[k]) continue;
    if (inList({ text, hits, index: k, accepted }) || (!hits[k]!.listOnly && cueVerdict(text, hits[k]!))) accept(k);
  }
  // A hit skipped above can be accepted by a later neighbour: look again at those next to accepted ones.
  for (let k = 0; k < hits.length; k++) if (accepted[k] && (pending[k - 1] || pending[k + 1])) queue.push(k - 1, k + 1);
  propagate();
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    if (!pending[k] || hit.end - hit.start < 2 || hit.listOnly) continue;
    if (posVerdict(text, hit, stage) === 'accept') {
      accept(k);
      propagate();
    }
  }
  return accepted;
}
