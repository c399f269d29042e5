/**
 * A lexicon compiled into two character tries (one caseless, one for case-sensitive spellings
 * such as "Go" or "R"), scanned over raw text in one left-to-right pass with the longest match
 * winning. Offsets are UTF-16 indices into the text as given.
 *
 * Compiling (spelling variants, then the tries) happens once, at build time for the extension
 * (scripts/build-matcher.ts): its result, `MatcherData`, is plain JSON with flat arrays and no
 * object per node, which `loadMatcher` turns into typed arrays in about a millisecond. In Node it
 * is compiled on first use.
 *
 * Why not compromise: a full parse of an ad costs tens of milliseconds; this scan costs a fraction
 * of one and keeps symbols (C++, C#, .NET, CI/CD) that compromise's tokenizer strips.
 */
import type { SkillEntry } from './types';
import { spellingsOf } from './lexicon';

/** A separator run in text (space, tab, hyphen, underscore, nbsp) is one ' ' edge in the trie. */
const SEP = ' ';
const SEP_CODE = 32;

/** Flags of a node that ends a spelling. */
const NEEDS_CONTEXT = 1;
/** Lower-case form of a cased name ("spring", "go"): a skill only inside a list of skills. */
const LIST_ONLY = 2;
/** The spelling may take a trailing plural "s". */
const PLURAL = 4;

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

/**
 * Both tries as data, nodes in depth-first order (the caseless trie, then the cased one), the
 * children of a node sorted by character: the edge characters then read much like the spellings
 * themselves, which keeps the data small in the bundle. Numbers are stored as characters (code =
 * number + 48): four strings, which a script parses far faster than arrays of numbers.
 */
export interface MatcherData {
  /** Skill ids, one per line, as `ends` refers to them (in order of first appearance). */
  ids: string;
  /** The UTF-16 unit on the edge into each node (NUL for the two roots). */
  chars: string;
  /** The number of children of each node. */
  kids: string;
  /** Nodes that end a spelling, in order, as pairs: node minus the previous such node, id index * 8 + flags. */
  ends: string;
  /** Spellings compiled (variants included): for diagnostics and the bench. */
  size: number;
}

/** Numbers are stored from '0' on, so the usual ones (0-9) read as digits. */
const COUNT_BASE = 48;
const MAX_STORED = 0xd7ff - COUNT_BASE; // below the surrogates: every number is one valid character

function storeNumber(n: number): string {
  if (!(n >= 0 && n <= MAX_STORED)) throw new Error(`Matcher data: ${n} does not fit in one character.`);
  return String.fromCharCode(COUNT_BASE + n);
}

function isSepCode(c: number): boolean {
  return c === 32 || c === 45 || c === 95 || c === 9 || c === 0xa0 || c === 0x2010 || c === 0x2011;
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

// ---------------------------------------------------------------------------------------------
// Compiling: a trie of Map nodes (build time only), flattened breadth-first into MatcherData.

interface BuildNode {
  next: Map<number, BuildNode>;
  /** Index of the skill id, on nodes that end a spelling. */
  end?: number;
  flags: number;
}

const newNode = (): BuildNode => ({ next: new Map(), flags: 0 });

function insert(root: BuildNode, key: string, idIndex: number, flags: number): void {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = newNode()));
    node = child;
  }
  // The first skill to claim a spelling keeps it (explicit spellings are inserted before variants).
  if (node.end !== undefined) return;
  node.end = idIndex;
  node.flags = flags;
}

export function compileMatcherData(skills: readonly SkillEntry[]): MatcherData {
  const caseless = newNode();
  const cased = newNode();
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let k = idIndex.get(id);
    if (k === undefined) idIndex.set(id, (k = ids.push(id) - 1));
    return k;
  };
  let size = 0;
  const entries: { trie: BuildNode; key: string; skill: SkillEntry; flags: number }[][] = [[], [], []];
  for (const skill of skills) {
    const { caseless: ci, cased: cs } = spellingsOf(skill);
    for (const spelling of ci) {
      const needsContext = !!skill.ambiguous && spelling === skill.name;
      const plural = /\p{L}$/u.test(spelling) && spelling.length >= 3;
      const flags = (needsContext ? NEEDS_CONTEXT : 0) | (plural ? PLURAL : 0);
      spellingVariants(spelling.toLowerCase()).forEach((key, i) => entries[i === 0 ? 0 : 1]!.push({ trie: caseless, key, skill, flags }));
    }
    for (const spelling of cs) {
      const flags = skill.ambiguous || spelling.length === 1 ? NEEDS_CONTEXT : 0;
      spellingVariants(spelling).forEach((key, i) => entries[i === 0 ? 0 : 1]!.push({ trie: cased, key, skill, flags }));
      // People type lists in lower case ("python, go, spring"): the lower-case word counts there only.
      // Single letters and non-ambiguous cased names too ("r", "rest", "less"): only next to other skills.
      if (/^\p{L}+$/u.test(spelling) && spelling !== spelling.toLowerCase()) {
        entries[2]!.push({ trie: caseless, key: spelling.toLowerCase(), skill, flags: NEEDS_CONTEXT | LIST_ONLY });
      }
    }
  }
  for (const group of entries) {
    for (const e of group) {
      insert(e.trie, e.key, indexOf(e.skill.id), e.flags);
      size++;
    }
  }
  return flatten([caseless, cased], ids, size);
}

function flatten(roots: BuildNode[], idsIn: string[], size: number): MatcherData {
  let chars = '';
  let kids = '';
  let ends = '';
  const ids: string[] = [];
  const renumber = new Map<number, number>();
  let lastEnd = 0;
  let index = 0;
  const stack: [number, BuildNode][] = roots.map((r): [number, BuildNode] => [0, r]).reverse();
  while (stack.length) {
    const [code, node] = stack.pop()!;
    const children = [...node.next].sort((x, y) => x[0] - y[0]);
    chars += String.fromCharCode(code);
    kids += storeNumber(children.length);
    if (node.end !== undefined) {
      let id = renumber.get(node.end);
      if (id === undefined) renumber.set(node.end, (id = ids.push(idsIn[node.end]!) - 1));
      ends += storeNumber(index - lastEnd) + storeNumber(id * 8 + node.flags);
      lastEnd = index;
    }
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
    index++;
  }
  return { ids: ids.join('\n'), chars, kids, ends, size };
}

// ---------------------------------------------------------------------------------------------
// Loading and scanning: typed arrays, no allocation per character.

interface Trie {
  /** Edge character into each node. */
  edge: Uint16Array;
  /** The children of node v are child[first[v]] .. child[first[v + 1] - 1], sorted by edge character. */
  first: Int32Array;
  child: Int32Array;
  /** Id index of the spelling a node ends, or -1. */
  end: Int32Array;
  flags: Uint8Array;
  /** The first step from each root (caseless, cased) by ASCII code: the test made at every offset. */
  ascii: [Int32Array, Int32Array];
  roots: [number, number];
  ids: readonly string[];
}

function malformed(): never {
  throw new Error('Malformed matcher data.');
}

export function loadMatcher(data: MatcherData): Matcher {
  const n = data.chars.length;
  if (data.kids.length !== n) malformed();
  const edge = new Uint16Array(n);
  const first = new Int32Array(n + 1);
  const left = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    edge[i] = data.chars.charCodeAt(i);
    left[i] = data.kids.charCodeAt(i) - COUNT_BASE;
    first[i + 1] = first[i]! + left[i]!;
  }
  // Depth-first: a node is the next child of the nearest open node before it; a node with none is a root.
  const child = new Int32Array(first[n]!);
  const open: number[] = [];
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    while (open.length && left[open[open.length - 1]!] === 0) open.pop();
    const parent = open[open.length - 1];
    if (parent === undefined) roots.push(i);
    else child[first[parent + 1]! - left[parent]!--] = i;
    if (left[i]! > 0) open.push(i);
  }
  if (roots.length !== 2 || open.some((v) => left[v] !== 0)) malformed();
  const end = new Int32Array(n).fill(-1);
  const flags = new Uint8Array(n);
  let node = 0;
  const ends = data.ends;
  for (let k = 0; k + 1 < ends.length; k += 2) {
    node += ends.charCodeAt(k) - COUNT_BASE;
    const value = ends.charCodeAt(k + 1) - COUNT_BASE;
    if (!(node >= 0 && node < n)) malformed();
    end[node] = value >> 3;
    flags[node] = value & 7;
  }
  const ascii: [Int32Array, Int32Array] = [new Int32Array(128).fill(-1), new Int32Array(128).fill(-1)];
  roots.forEach((root, r) => {
    for (let k = first[root]!; k < first[root + 1]!; k++) if (edge[child[k]!]! < 128) ascii[r]![edge[child[k]!]!] = child[k]!;
  });
  const trie: Trie = { edge, first, child, end, flags, ascii, roots: [roots[0]!, roots[1]!], ids: data.ids.split('\n') };
  return { scan: (text) => scan(text, trie), size: data.size };
}

export function compileMatcher(skills: readonly SkillEntry[]): Matcher {
  return loadMatcher(compileMatcherData(skills));
}

/** The child of `node` along character `code`, or -1. */
function childOf(t: Trie, node: number, code: number): number {
  const { edge, child } = t;
  let lo = t.first[node]!;
  let hi = t.first[node + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = edge[child[mid]!]!;
    if (c === code) return child[mid]!;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** The first step of a walk from root r (0 caseless, 1 cased) along character c (never a separator: spellings are trimmed). */
function stepFromRoot(t: Trie, r: 0 | 1, c: number): number {
  return c < 128 ? t.ascii[r][c]! : isSepCode(c) ? -1 : childOf(t, t.roots[r], c);
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

/** Where the last successful `walk` ended, and on which node (no object per attempt). */
let foundEnd = 0;
let foundNode = 0;

/** The longest spelling from `node` (reached from a root by text[i]) on, matched against `chars`. */
function walk(t: Trie, node: number, chars: string, text: string, i: number): boolean {
  let found = false;
  let j = i + 1;
  const n = chars.length;
  for (;;) {
    if (t.end[node]! >= 0) {
      if (endOk(text, j)) {
        foundEnd = j;
        foundNode = node;
        found = true;
      } else if (t.flags[node]! & PLURAL && chars.charCodeAt(j) === 115 /* s */ && endOk(text, j + 1)) {
        foundEnd = j + 1;
        foundNode = node;
        found = true;
      }
    }
    if (j >= n) break;
    const c = chars.charCodeAt(j);
    if (isSepCode(c)) {
      node = childOf(t, node, SEP_CODE);
      j++;
      while (j < n && isSepCode(chars.charCodeAt(j))) j++;
    } else {
      node = childOf(t, node, c);
      j++;
    }
    if (node < 0) break;
  }
  return found;
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

function scan(text: string, t: Trie): Hit[] {
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
    const fromCaseless = stepFromRoot(t, 0, lower.charCodeAt(i));
    const fromCased = stepFromRoot(t, 1, text.charCodeAt(i));
    if ((fromCaseless >= 0 || fromCased >= 0) && startOk(text, i)) {
      const a = fromCaseless >= 0 && walk(t, fromCaseless, lower, text, i);
      const aEnd = foundEnd;
      const aNode = foundNode;
      const b = fromCased >= 0 && walk(t, fromCased, text, text, i);
      // On a tie the case-sensitive spelling wins: "Go" is surer than "go".
      const useB = b && (!a || foundEnd >= aEnd);
      if (a || b) {
        const end = useB ? foundEnd : aEnd;
        const node = useB ? foundNode : aNode;
        if (!(mask && mask[0] < end)) {
          const flags = t.flags[node]!;
          const hit: Hit = { skill: t.ids[t.end[node]!]!, start: i, end, needsContext: (flags & NEEDS_CONTEXT) !== 0 };
          if (flags & LIST_ONLY) hit.listOnly = true;
          hits.push(hit);
          i = end;
          continue;
        }
      }
    }
    i++;
  }
  return hits;
}
