/**
 * Plain text of DOM elements for analysis, with a map back from text offsets to DOM text nodes so
 * that a skill mention (offsets into the text) becomes a Range on the page. Plain DOM APIs only,
 * so it runs on real pages, happy-dom and linkedom alike; iterative, so a DOM 20,000 levels deep
 * does not overflow the stack.
 */

/** Elements whose text is never part of an ad. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK']);
/** Elements that break lines: headings and list items stay on lines of their own. */
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML']);

/** Cap on the text taken from a page: beyond it the ad is cut (and the result says so). */
export const MAX_TEXT = 300_000;
/** Cap on nodes visited: a pathological page is cut rather than walked forever. */
const MAX_NODES = 400_000;

/** One run of text: `length` characters at `start` in the text come from `node`, starting at `nodeStart`. */
interface Segment {
  start: number;
  node: Text;
  /** Offsets into the node's data for each character of the run (whitespace was collapsed). */
  offsets: number[];
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

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Text of the roots, in document order, blocks on their own lines, whitespace collapsed. */
export function buildTextMap(roots: readonly Element[]): BuiltText {
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
    const stack: (Node | { close: number })[] = [root];
    while (stack.length) {
      const item = stack.pop()!;
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
      if (SKIP.has(tag) || isHidden(el)) continue;
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
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
    if (truncated) break;
  }
  return { text, map: { segments, length: text.length }, truncated };

  function appendText(node: Text): void {
    const data = node.data;
    let run: number[] | null = null;
    let segStart = 0;
    const close = (): void => {
      if (run && run.length) segments.push({ start: segStart, node, offsets: run });
      run = null;
    };
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0') {
        // Collapse whitespace: remember one space, written only if a word follows on the same line.
        if (text.length && !breakPending && !space) space = { node, offset: i };
        continue;
      }
      if (breakPending) {
        close();
        text += '\n'.repeat(breakPending);
        breakPending = 0;
        space = null;
      } else if (space) {
        if (space.node === node && run) {
          run.push(space.offset);
        } else {
          close();
          segments.push({ start: text.length, node: space.node, offsets: [space.offset] });
        }
        text += ' ';
        space = null;
      }
      if (!run) {
        run = [];
        segStart = text.length;
      }
      text += c;
      run.push(i);
      if (text.length >= MAX_TEXT) break;
    }
    close();
  }
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
    else if (offset >= s.start + s.offsets.length) lo = mid + 1;
    else return { node: s.node, offset: s.offsets[offset - s.start]! };
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
