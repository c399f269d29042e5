/**
 * Plain text of DOM elements for analysis, with a map back from text offsets to DOM text nodes so
 * that a skill mention (offsets into the text) becomes a Range on the page. Plain DOM APIs only,
 * so it runs on real pages, happy-dom and linkedom alike; iterative, so a DOM 20,000 levels deep
 * does not overflow the stack.
 */

import { visibilityFor, type VisibilityCheck } from './visibility';

/** Elements whose text is never part of an ad. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK']);
/** Elements that break lines: headings and list items stay on lines of their own. */
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML']);

/** Cap on the text taken from a page: beyond it the ad is cut (and the result says so). */
export const MAX_TEXT = 300_000;
/** Cap on nodes visited: a pathological page is cut rather than walked forever. */
const MAX_NODES = 400_000;

/** One run of text: `length` characters at `start` in the text are `node.data` from `nodeStart` on. */
interface Segment {
  start: number;
  node: Text;
  nodeStart: number;
  length: number;
}

export interface TextMap {
  readonly segments: readonly Segment[];
  readonly length: number;
}

export interface BuiltText {
  text: string;
  map: TextMap;
  truncated: boolean;
}

/** Text of the roots, in document order, blocks on their own lines, whitespace collapsed. */
export function buildTextMap(roots: readonly Element[], visible: VisibilityCheck = visibilityFor(roots)): BuiltText {
  let text = '';
  const segments: Segment[] = [];
  let truncated = false;
  let visited = 0;
  // Pending line break: emitted lazily so blocks never produce runs of blank lines.
  let breakPending = 0;
  let space: { node: Text; offset: number } | null = null;
  const newline = (n: number): void => {
    if (text.length) breakPending = Math.max(breakPending, n);
    space = null;
  };

  for (const root of roots) {
    newline(2);
    // Work stack of nodes to enter, and sentinels to emit a block's closing break.
    const stack: (Node | { close: number } | { skipText: Text })[] = [root];
    while (stack.length) {
      const item = stack.pop()!;
      if ('skipText' in item) continue;
      if (!('nodeType' in item)) {
        newline(item.close);
        continue;
      }
      if (++visited > MAX_NODES || text.length >= MAX_TEXT) {
        truncated = true;
        break;
      }
      const node = item;
      if (node.nodeType === 3) {
        appendText(node as Text);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      const visibility = visible(el, hasOwnText(el));
      if (visibility === 'hidden') continue;
      if (tag === 'BR') {
        newline(1);
        continue;
      }
      const block = BLOCK.has(tag);
      const gap = /^(?:H[1-6]|P|UL|OL|TABLE|SECTION|ARTICLE)$/.test(tag) ? 2 : 1;
      if (block) {
        newline(gap);
        stack.push({ close: gap });
      }
      const kids = el.childNodes;
      // Own text that does not show (font-size 0, transparent) is left out; children still count.
      const ownTextHidden = visibility === 'text-hidden';
      for (let i = kids.length - 1; i >= 0; i--) {
        const kid = kids[i]!;
        stack.push(ownTextHidden && kid.nodeType === 3 ? { skipText: kid as Text } : kid);
      }
    }
    if (truncated) break;
  }
  return { text, map: { segments, length: text.length }, truncated };

  function appendText(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n && text.length < MAX_TEXT) {
      // Whitespace run: remember one space, written only if a word follows on the same line.
      let j = i;
      while (j < n && isSpace(data.charCodeAt(j))) j++;
      if (j > i) {
        if (text.length && !breakPending && !space) space = { node, offset: i };
        i = j;
        continue;
      }
      while (j < n && !isSpace(data.charCodeAt(j))) j++;
      if (breakPending) {
        text += '\n'.repeat(breakPending);
        breakPending = 0;
        space = null;
      } else if (space) {
        segments.push({ start: text.length, node: space.node, nodeStart: space.offset, length: 1 });
        text += ' ';
        space = null;
      }
      const word = data.slice(i, Math.min(j, i + MAX_TEXT - text.length));
      const last = segments[segments.length - 1];
      // Extend the previous run when this word continues it in the same node.
      if (last && last.node === node && last.start + last.length === text.length && last.nodeStart + last.length === i) last.length += word.length;
      else segments.push({ start: text.length, node, nodeStart: i, length: word.length });
      text += word;
      i = j;
    }
  }
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test((n as Text).data)) return true;
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
}

/** Where a text offset lives in the DOM: the segment holding it. */
function locate(map: TextMap, offset: number): { node: Text; offset: number } | null {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.start + s.length) lo = mid + 1;
    else return { node: s.node, offset: s.nodeStart + (offset - s.start) };
  }
  return null;
}

/** A DOM Range covering text[start, end): it may cross text nodes and elements. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = locate(map, start);
  const b = locate(map, end - 1);
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset + 1);
  return range;
}
