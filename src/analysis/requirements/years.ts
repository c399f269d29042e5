/**
 * Years of experience: "5+ years of Python", "3-5 years in backend development", "at least two
 * years' experience with React", "Python (5+ years)". Tied to the skills of its clause where the
 * sentence ties them, else to the role.
 */
import type { Mention } from '../types';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  zwei: 2, drei: 3, vier: 4, fünf: 5, deux: 2, trois: 3, cinq: 5, dos: 2, tres: 3, cinco: 5, twee: 2, drie: 3, vijf: 5,
};

const NUMBER = `(\\d{1,2}|${Object.keys(WORDS).join('|')})`;
/** A count of years that is about experience (not "founded 10 years ago", "a 2-year contract"). */
const YEARS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:at least|minimum(?: of)?|min\\.?|over|more than|a minimum of)\\s+)?${NUMBER}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to|or more)\\s*(\\d{1,2})?\\s*\\+?\\s*)?(?:years?|yrs?|jahre?n?|ans|años|jaar)(?![\\p{L}])(?:['’]s?)?`,
  'giu',
);
/** A quick scan for clauses that may count years. */
export const YEARS_WORDS = /(?:years?|yrs?|jahre?n?|ans|años|jaar)(?![a-zà-ÿ])/gi;
const ANY_YEARS = /(?:year|yr|jahr|ans|años|jaar)/i;
/** What makes the count about experience: the words right after it, or right before. */
const EXPERIENCE_AFTER = /^[\s,)]*(?:\(?\s*\+\s*\)?\s*)?(?:of|in|with|as|working|building|developing|hands[- ]on|professional|industry|relevant|practical|proven|commercial|production|programming|software|experience|exp\b|doing|using|writing|leading|designing|berufserfahrung|erfahrung|d'exp[ée]rience|de experiencia|ervaring)/i;
const EXPERIENCE_BEFORE = /(?:experience|erfahrung|exp[ée]rience|experiencia|ervaring)[\s:,(-]*$|[(:]\s*$/i;

export interface YearsFound {
  years: number;
  start: number;
  end: number;
  /** Indices into the clause's mentions that the count is tied to. */
  tied: number[];
}

export function parseCount(word: string): number | undefined {
  const n = Number(word);
  return Number.isFinite(n) ? n : WORDS[word.toLowerCase()];
}

/** Counts of years in one clause [from, to) of the text, each with the mentions it is tied to. */
export function yearsIn(text: string, from: number, to: number, mentions: readonly Mention[]): YearsFound[] {
  const clause = text.slice(from, to);
  const out: YearsFound[] = [];
  if (!ANY_YEARS.test(clause)) return out;
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(clause); m; m = YEARS.exec(clause)) {
    const years = parseCount(m[1]!);
    if (years === undefined || years > 30) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    const after = text.slice(end, Math.min(to, end + 40));
    const before = text.slice(Math.max(from, start - 24), start);
    if (!EXPERIENCE_AFTER.test(after) && !EXPERIENCE_BEFORE.test(before)) continue;
    out.push({ years, start, end, tied: [] });
  }
  // A mention belongs to the nearest count before it in the clause ("5+ years of Python and 2 of Go"),
  // or to a count right after it ("Python (5+ years)", "Go: 3 years").
  mentions.forEach((mention, i) => {
    let owner: YearsFound | undefined;
    for (const y of out) if (y.end <= mention.start) owner = y;
    const next = out.find((y) => y.start >= mention.end && /^[\s:(–-]{0,4}$/.test(text.slice(mention.end, y.start)));
    if (next) owner = next;
    owner?.tied.push(i);
  });
  return out;
}
