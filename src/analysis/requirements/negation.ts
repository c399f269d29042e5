/**
 * Negation and scope: "no Java needed", "Rust is not required", "you don't need to know Go".
 * Patterns read the common forms; where a negative sits near a name and no pattern decides, compromise
 * reads the clause (contractions, negatives, verbs), each clause at most a few hundred characters
 * and an ad within a fixed budget of parses.
 */
import nlp from 'compromise/two';
import type { Mention } from '../types';

const TRIGGER = /\b(?:no|not|don['’]?t|doesn['’]?t|won['’]?t|never|without|needn['’]?t|isn['’]?t|aren['’]?t|kein\w*|nicht|pas|sin|geen)\b|n['’]t\b/i;
/** Words after a negative that make it about what is asked: "not required", "don't need", "no ... needed". */
const ASKED = /^(?:need|needs|needed|require|requires|required|necessary|mandatory|expected|expect|essential|must|have to|has to|know|prerequisite|a must|a requirement)$/i;
const CLAUSE_BREAK = /^(?:but|however|although|though|yet|while|whereas|instead|rather)$/i;

const NEGATIVES = new RegExp(TRIGGER.source, 'gi');
const ASKED_SOON = /^\s*(?:\w+\s+){0,1}(?:need|needed|required|necessary|mandatory|expected|essential|a must|a requirement|a prerequisite)\b/i;
const ASKED_ANY = /\b(?:need|needs|needed|require|required|necessary|mandatory|expected|essential|must|have to|prerequisite)\b/i;

/** Parse only when a negative word could reach a mention: one follows it closely, or "not required" follows one. */
function worthParsing(clause: string, from: number, mentions: readonly Mention[], sharesPiece: (at: number) => boolean): boolean {
  NEGATIVES.lastIndex = 0;
  for (let m = NEGATIVES.exec(clause); m; m = NEGATIVES.exec(clause)) {
    const at = from + m.index;
    if (!sharesPiece(at)) continue;
    const end = at + m[0].length;
    // "no Java", "without Kotlin" need no verb; "don't ... Rust" needs one ("don't need to know").
    const bare = /^(?:no|without|kein\w*|geen|sin)$/i.test(m[0]);
    const reach = bare ? 16 : 60;
    if ((bare || ASKED_ANY.test(clause.slice(m.index, m.index + 80))) && mentions.some((x) => x.start >= end && x.start - end <= reach)) return true;
    if (mentions.some((x) => x.end <= at) && ASKED_SOON.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 30))) return true;
  }
  return false;
}

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

/** "no Java", "without prior Kotlin experience": a bare negative right before the name. */
const BARE_BEFORE = /\b(?:no|without|kein\w*|geen|sin)\s+(?:(?:any|prior|previous|professional|formal|real)\s+)?(?:(?:experience|knowledge)\s+(?:with|in|of)\s+)?$/i;
/** "Rust is not required", "Go isn't a must", "Java: not needed". */
const NOT_ASKED_AFTER = /^[^,;.]{0,40}?\b(?:is|are)?\s*(?:not|n['’]t|nicht|pas)\s+(?:strictly\s+|absolutely\s+)?(?:required|needed|necessary|mandatory|a must|expected|essential|a requirement|a prerequisite|erforderlich|notwendig|requis)\b/i;
/** "you don't need to know Rust", "we do not require Kubernetes", "no need for Java". */
const NEED_NOT_BEFORE = /\b(?:(?:do|does|will|would)\s*n['’]?o?t|don['’]t|doesn['’]t|won['’]t|needn['’]t|no need)\s+(?:(?:need|require|have|expect)\s+)?(?:to\s+|for\s+|you\s+to\s+)?(?:(?:know|use|have|master|learn|be)\s+)?(?:(?:any|prior|an?|the)\s+)?(?:(?:experience|knowledge|expert|familiar)\s+(?:with|in|of)\s+)?(?:[\w+#.-]+(?:,\s*|\s+(?:or|and)\s+)){0,4}$/i;
/** A clause ends what a negative reaches: "..., but", ";", "however". */
const PIECE_BREAK = /[;]|,\s*(?:but|however|though|although)\b|\bbut\b/gi;

/** The cheap reading: the patterns nearly every ad uses. Null when a negative is near but no pattern decides. */
function fastNegation(text: string, from: number, to: number, mentions: readonly Mention[]): Set<number> | null {
  const out = new Set<number>();
  const clause = text.slice(from, to);
  const breaks: number[] = [];
  PIECE_BREAK.lastIndex = 0;
  for (let m = PIECE_BREAK.exec(clause); m; m = PIECE_BREAK.exec(clause)) breaks.push(from + m.index);
  const pieceEnd = (at: number): number => breaks.find((b) => b > at) ?? to;
  const pieceStart = (at: number): number => [...breaks].reverse().find((b) => b < at) ?? from;
  mentions.forEach((m, k) => {
    const before = text.slice(Math.max(pieceStart(m.start), m.start - 120), m.start);
    if (BARE_BEFORE.test(before) || NEED_NOT_BEFORE.test(before)) out.add(k);
    else if (NOT_ASKED_AFTER.test(text.slice(m.end, pieceEnd(m.end)))) out.add(k);
  });
  if (out.size) return out;
  // Parse only when a negative shares its piece with a mention ("Lucene a plus, but not required" does not).
  const sharesPiece = (at: number): boolean => mentions.some((m) => pieceStart(m.start) === pieceStart(at));
  return worthParsing(clause, from, mentions, sharesPiece) ? null : out;
}

/** Indices into `mentions` (all inside [from, to)) that the clause says are not asked for. */
export function negatedIn(text: string, from: number, to: number, mentions: readonly Mention[], budget: NegationBudget): Set<number> {
  // Most clauses have no negative word at all.
  if (!TRIGGER.test(text.slice(from, to))) return new Set();
  const fast = fastNegation(text, from, to, mentions);
  if (fast) return fast;
  const out = new Set<number>();
  const clause = text.slice(from, to);
  // A negative near a name that no pattern reads ("we do not use Scala here"): compromise reads it.
  if (budget.parses <= 0) return out;
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
