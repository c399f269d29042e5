/**
 * A lexicon compiled once into two character tries (one caseless, one for case-sensitive
 * spellings such as "Go" or "R"), scanned over raw text in one left-to-right pass with the
 * longest match winning. Offsets are UTF-16 indices into the text as given.
 *
 * Why not compromise: a full parse of an ad costs tens of milliseconds; this scan costs a fraction
 * of one and keeps symbols (C++, C#, .NET, CI/CD) that compromise's tokenizer strips.
 */
import type { SkillEntry } from './types';
import { spellingsOf } from './lexicon';

/** A separator run in text (space, tab, hyphen, underscore, nbsp) is one ' ' edge in the trie. */
const SEP = ' ';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set on nodes that end a spelling. */
  skill?: string;
  /** The spelling is an ordinary word as well (an ambiguous skill's plain name, or one letter). */
  needsContext?: boolean;
  /** Lower-case form of a cased name ("spring", "go"): a skill only inside a list of skills. */
  listOnly?: boolean;
  /** The spelling may take a trailing plural "s". */
  plural?: boolean;
}

export interface Hit {
  skill: string;
  start: number;
  end: number;
  needsContext: boolean;
  /** Counts only as an item of a list of other skills ("java, spring, hibernate"). */
  listOnly?: boolean;
}

export interface Matcher {
  scan(text: string): Hit[];
  /** How many spellings (with variants) were compiled: for diagnostics and the bench. */
  readonly size: number;
}

const newNode = (): TrieNode => ({ next: new Map() });

function isSepChar(c: string): boolean {
  return c === ' ' || c === '-' || c === '_' || c === '\t' || c === '\u00a0' || c === '\u2010' || c === '\u2011';
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return WORD_RE.test(c);
}

/** Spelling variants that count as the same name: "Node.js" ~ "nodejs" ~ "node js", "CI/CD" ~ "ci cd". */
export function spellingVariants(spelling: string): string[] {
  const base = spelling.normalize('NFKC').replace(/[\s\-_]+/g, SEP).trim();
  const out = new Set([base]);
  if (/[\p{L}\p{N}]\.[\p{L}]/u.test(base)) {
    out.add(base.replace(/(?<=[\p{L}\p{N}])\.(?=\p{L})/gu, SEP));
    out.add(base.replace(/(?<=[\p{L}\p{N}])\.(?=\p{L})/gu, ''));
  }
  if (/[\p{L}\p{N}]\/[\p{L}\p{N}]/u.test(base)) {
    out.add(base.replace(/\//g, SEP));
    out.add(base.replace(/\//g, ''));
  }
  for (const v of [...out]) {
    if (v.includes(SEP)) {
      const joined = v.replaceAll(SEP, '');
      if (joined.length >= 4) out.add(joined);
    }
  }
  return [...out].filter((v) => v.length > 0);
}

function insert(root: TrieNode, key: string, skill: string, needsContext: boolean, plural: boolean, listOnly = false): void {
  let node = root;
  for (const ch of key) {
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = newNode()));
    node = child;
  }
  // The first skill to claim a spelling keeps it (explicit spellings are inserted before variants).
  if (node.skill !== undefined) return;
  node.skill = skill;
  node.needsContext = needsContext;
  node.plural = plural;
  if (listOnly) node.listOnly = true;
}

export function compileMatcher(skills: readonly SkillEntry[]): Matcher {
  const caseless = newNode();
  const cased = newNode();
  let size = 0;
  const entries: { trie: TrieNode; key: string; skill: SkillEntry; needsContext: boolean; plural: boolean; listOnly?: boolean }[][] = [[], [], []];
  for (const skill of skills) {
    const { caseless: ci, cased: cs } = spellingsOf(skill);
    for (const spelling of ci) {
      const needsContext = !!skill.ambiguous && spelling === skill.name;
      const plural = /\p{L}$/u.test(spelling) && spelling.length >= 3;
      spellingVariants(spelling.toLowerCase()).forEach((key, i) =>
        entries[i === 0 ? 0 : 1]!.push({ trie: caseless, key, skill, needsContext, plural }),
      );
    }
    for (const spelling of cs) {
      const needsContext = !!skill.ambiguous || spelling.length === 1;
      spellingVariants(spelling).forEach((key, i) =>
        entries[i === 0 ? 0 : 1]!.push({ trie: cased, key, skill, needsContext, plural: false }),
      );
      // People type lists in lower case ("python, go, spring"): the lower-case word counts there only.
      // Single letters and non-ambiguous cased names too ("r", "rest", "less"): only next to other skills.
      if (/^\p{L}+$/u.test(spelling) && spelling !== spelling.toLowerCase()) {
        entries[2]!.push({ trie: caseless, key: spelling.toLowerCase(), skill, needsContext: true, plural: false, listOnly: true });
      }
    }
  }
  for (const group of entries) {
    for (const e of group) {
      insert(e.trie, e.key, e.skill.id, e.needsContext, e.plural, e.listOnly);
      size++;
    }
  }
  return { scan: (text) => scan(text, caseless, cased), size };
}

/** A match may start here: not inside a word, a dotted name, an @handle. */
function startOk(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev === undefined) return true;
  if (isWordChar(prev) || prev === '@') return false;
  // "Node.js" is one name; "sources.Python" is two sentences a flattened page glued together.
  if (prev === '.' && isWordChar(text[i - 2]) && !gluedSentence(text, i - 1)) return false;
  return true;
}

/** A dot between a lower-case word and a capitalised one ("Snowflake.Responsibilities"): a sentence end. */
function gluedSentence(text: string, dot: number): boolean {
  const a = text.charCodeAt(dot - 1);
  const b = text.charCodeAt(dot + 1);
  const c = text.charCodeAt(dot + 2);
  return a >= 97 && a <= 122 && b >= 65 && b <= 90 && c >= 97 && c <= 122;
}

/** A match may end here: not inside a word ("Javascript" is not "Java"), not before "++"/"#"/".js". */
function endOk(text: string, j: number): boolean {
  const next = text[j];
  if (next === undefined) return true;
  if (isWordChar(next) || next === '+' || next === '#' || next === '@') return false;
  if (next === '.' && isWordChar(text[j + 1]) && !gluedSentence(text, j)) return false;
  return true;
}

interface Found {
  end: number;
  node: TrieNode;
}

function walk(root: TrieNode, chars: string, text: string, i: number): Found | null {
  let node = root;
  let j = i;
  let best: Found | null = null;
  const n = chars.length;
  while (j < n) {
    const ch = chars[j]!;
    let child: TrieNode | undefined;
    if (isSepChar(ch)) {
      child = node.next.get(SEP);
      j++;
      while (j < n && isSepChar(chars[j]!)) j++;
    } else {
      child = node.next.get(ch);
      j++;
    }
    if (!child) break;
    node = child;
    if (node.skill === undefined) continue;
    if (endOk(text, j)) best = { end: j, node };
    else if (node.plural && (chars[j] === 's') && endOk(text, j + 1)) best = { end: j + 1, node };
  }
  return best;
}

/** Spans the scan must not look into: URLs and e-mail addresses, in text order, disjoint. */
export function maskedSpans(text: string): [number, number][] {
  // One left-to-right pass, as /url|e-mail/g would find them, but in linear time: a regex for the
  // e-mail's local part retries at every offset of a long word (a 195 kB word took 98 s).
  const spans: [number, number][] = [];
  const url = /\b(?:https?:\/\/|www\.)[^\s<>"')]+/gi;
  let nextUrl: RegExpExecArray | null | undefined;
  let nextMail: [number, number] | null | undefined;
  let at = 0;
  for (;;) {
    if (nextUrl !== null && (!nextUrl || nextUrl.index < at)) {
      url.lastIndex = at;
      nextUrl = url.exec(text);
    }
    if (nextMail !== null && (!nextMail || nextMail[0] < at)) {
      nextMail = nextEmail(text, at);
    }
    const u = nextUrl ? ([nextUrl.index, nextUrl.index + nextUrl[0].length] as [number, number]) : null;
    // The regex tried the URL first at each offset: a URL wins a tie.
    const span = u && (!nextMail || u[0] <= nextMail[0]) ? u : nextMail;
    if (!span) return spans;
    spans.push(span);
    at = span[1];
  }
}

const isLocalChar = (c: number): boolean => isAsciiWord(c) || c === 46 || c === 43 || c === 45; // . + -
const isDomainChar = (c: number): boolean => isAsciiWord(c) || c === 45;
function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The first e-mail address starting at or after `from`, as /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/ finds
 * it: each "@" is looked at once and each character a bounded number of times.
 */
function nextEmail(text: string, from: number): [number, number] | null {
  for (let a = text.indexOf('@', from); a !== -1; a = text.indexOf('@', a + 1)) {
    let l = a;
    while (l > from && isLocalChar(text.charCodeAt(l - 1))) l--;
    if (l === a) continue;
    let r = a + 1;
    while (r < text.length && isDomainChar(text.charCodeAt(r))) r++;
    if (r === a + 1) continue;
    let end = -1;
    while (text.charCodeAt(r) === 46 && isDomainChar(text.charCodeAt(r + 1))) {
      r += 2;
      while (r < text.length && isDomainChar(text.charCodeAt(r))) r++;
      end = r;
    }
    if (end !== -1) return [l, end];
  }
  return null;
}

function lowerPerChar(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters change length when lowercased (e.g. "İ"); keep those as they are so offsets hold.
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const l = text[k]!.toLowerCase();
    out += l.length === 1 ? l : text[k];
  }
  return out;
}

function scan(text: string, caseless: TrieNode, cased: TrieNode): Hit[] {
  const lower = lowerPerChar(text);
  const masks = maskedSpans(text);
  let maskIdx = 0;
  const hits: Hit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (maskIdx < masks.length && masks[maskIdx]![1] <= i) maskIdx++;
    const mask = masks[maskIdx];
    if (mask && mask[0] <= i) {
      i = mask[1];
      continue;
    }
    const c = lower[i]!;
    if ((caseless.next.has(c) || cased.next.has(text[i]!)) && startOk(text, i)) {
      const a = walk(caseless, lower, text, i);
      const b = walk(cased, text, text, i);
      // On a tie the case-sensitive spelling wins: "Go" is surer than "go".
      const best = !a ? b : !b ? a : b.end >= a.end ? b : a;
      if (best && !(mask && mask[0] < best.end)) {
        hits.push({ skill: best.node.skill!, start: i, end: best.end, needsContext: !!best.node.needsContext, ...(best.node.listOnly && { listOnly: true }) });
        i = best.end;
        continue;
      }
    }
    i++;
  }
  return hits;
}
