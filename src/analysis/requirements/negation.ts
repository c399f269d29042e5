/**
 * Negation and scope: "no Java needed", "Rust is not required", "you don't need to know Go".
 * compromise reads the clause (contractions, negatives, verbs); only clauses with a negative word
 * are parsed, each at most a few hundred characters, and an ad gets a fixed budget of parses.
 */
import nlp from 'compromise/two';
import type { Mention } from '../types';

const TRIGGER = /\b(?:no|not|don['’]?t|doesn['’]?t|won['’]?t|never|without|needn['’]?t|isn['’]?t|aren['’]?t|kein\w*|nicht|pas|sin|geen)\b|n['’]t\b/i;
/** Words after a negative that make it about what is asked: "not required", "don't need", "no ... needed". */
const ASKED = /^(?:need|needs|needed|require|requires|required|necessary|mandatory|expected|expect|essential|must|have to|has to|know|prerequisite|a must|a requirement)$/i;
const CLAUSE_BREAK = /^(?:but|however|although|though|yet|while|whereas|instead|rather)$/i;

interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  post: string;
}

export interface NegationBudget {
  /** compromise parses left for this ad. */
  parses: number;
}

function terms(clause: string): Term[] {
  const json = nlp(clause).json({ offset: true, terms: { offset: true } }) as {
    terms: { text: string; post: string; tags: string[]; offset: { start: number; length: number } }[];
  }[];
  return json.flatMap((s) => s.terms.map((t) => ({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags), post: t.post })));
}

const isNegative = (t: Term): boolean => t.tags.has('Negative') || /^(?:no|not|never|without|kein\w*|nicht|geen)$/i.test(t.text);

/** Indices into `mentions` (all inside [from, to)) that the clause says are not asked for. */
export function negatedIn(text: string, from: number, to: number, mentions: readonly Mention[], budget: NegationBudget): Set<number> {
  const out = new Set<number>();
  const clause = text.slice(from, to);
  if (!TRIGGER.test(clause) || budget.parses <= 0) return out;
  budget.parses--;
  const ts = terms(clause);
  // Clause pieces: a comma, a semicolon or "but" ends what a negative reaches.
  const pieceOf: number[] = [];
  let piece = 0;
  ts.forEach((t, i) => {
    if (CLAUSE_BREAK.test(t.text)) piece++;
    pieceOf[i] = piece;
    if (/[,;:]/.test(t.post)) piece++;
  });
  const termAt = (offset: number): number => ts.findIndex((t) => t.start <= offset && offset < Math.max(t.end, t.start + 1));
  ts.forEach((t, i) => {
    if (!isNegative(t)) return;
    const same = (k: number): boolean => pieceOf[k] === pieceOf[i];
    const after = ts.slice(i + 1).filter((_, k) => same(i + 1 + k));
    const before = ts.slice(0, i).filter((_, k) => same(k));
    if (/^(?:only|just|merely|limited|necessarily|least)$/i.test(after[0]?.text ?? '')) return;
    // "X is not required", "X isn't needed", "X not necessary": the subject before the negative.
    const askedRightAfter = after.slice(0, 2).some((a) => ASKED.test(a.text));
    // "no Java needed", "don't need to know Rust", "we don't use Scala", "without Kotlin".
    const asked = after.some((a) => ASKED.test(a.text));
    mentions.forEach((m, k) => {
      const at = termAt(m.start - from);
      if (at < 0 || !same(at)) return;
      if (at > i && (asked || at - i <= 3)) out.add(k);
      else if (at < i && askedRightAfter && before.length) out.add(k);
    });
  });
  return out;
}
