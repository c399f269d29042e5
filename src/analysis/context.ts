/**
 * Decides whether an ambiguous spelling ("Go", "R", "C", "React", "Spark", "Swift", "Excel"...) is
 * the skill or an ordinary word. Cheap patterns first; compromise's part-of-speech tagger only for
 * the sentences that still need it ("Go to", "Spark joy", "Swift delivery", "Excel at").
 */
import nlp from 'compromise/two';
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
  for (const k of [index - 1, index + 1]) {
    const other = hits[k];
    if (!other || !accepted[k]) continue;
    const gap = k < index ? text.slice(other.end, hit.start) : text.slice(hit.end, other.start);
    if (gap.length <= 24 && sameLine(text, hit.start, other.start) && LIST_GAP.test(gap)) return true;
  }
  return false;
}

export function cueVerdict(text: string, hit: Hit): boolean {
  const afterWord = /^[\s/]*([\p{L}-]+)/u.exec(text.slice(hit.end, hit.end + 30))?.[1]?.toLowerCase();
  if (afterWord && TECH_AFTER.has(afterWord)) return true;
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  if (before.indexOf('\n') !== -1 && !/\S/.test(before.slice(before.lastIndexOf('\n')))) return false;
  return TECH_BEFORE.test(before);
}

interface Tagged {
  offset: number;
  length: number;
  tags: string[];
}

/** Part of speech of every term in a sentence, with offsets relative to the sentence. */
function tagSentence(sentence: string): Tagged[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as {
    terms: { tags: string[]; offset: { start: number; length: number } }[];
  }[];
  return json.flatMap((s) => s.terms.map((t) => ({ offset: t.offset.start, length: t.offset.length, tags: t.tags })));
}

/** compromise decides: a verb ("Go to", "Spark joy") or an adjective before a noun ("Swift delivery") is not a skill. */
export function posVerdict(text: string, hit: Hit, cache: Map<number, Tagged[]>): Verdict {
  const s = sentenceAround(text, hit.start, hit.end);
  let tagged = cache.get(s.start);
  if (!tagged) {
    tagged = tagSentence(text.slice(s.start, s.end));
    cache.set(s.start, tagged);
  }
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
 * in rounds so that lists of ambiguous names ("Go, Rust, C") confirm each other.
 */
export function resolveAmbiguous(text: string, hits: Hit[]): boolean[] {
  const accepted = hits.map((h) => !h.needsContext);
  const pending = new Set<number>();
  hits.forEach((h, k) => {
    if (!h.needsContext) return;
    if (patternVerdict(text, h) === 'reject') return;
    pending.add(k);
  });
  // Lists and cues first: they decide most cases without a parse. Then the part-of-speech tagger
  // for what is left (not single letters); whatever it confirms may confirm its list neighbours.
  const cache = new Map<number, Tagged[]>();
  const propagate = (): void => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const k of pending) {
        const listed = inList({ text, hits, index: k, accepted });
        if (listed || (!hits[k]!.listOnly && cueVerdict(text, hits[k]!))) {
          accepted[k] = true;
          pending.delete(k);
          changed = true;
        }
      }
    }
  };
  propagate();
  let confirmed = true;
  while (confirmed) {
    confirmed = false;
    for (const k of pending) {
      const hit = hits[k]!;
      if (hit.end - hit.start < 2 || hit.listOnly) continue;
      if (posVerdict(text, hit, cache) === 'accept') {
        accepted[k] = true;
        pending.delete(k);
        confirmed = true;
      }
    }
    if (confirmed) propagate();
  }
  return accepted;
}
