/**
 * Skill highlights with the CSS Custom Highlight API: no change to the page's DOM text, three
 * uniquely named highlights (matched / missing / other), and a hit test for the tooltip.
 * Globals are captured once, so a page that later redefines them cannot break the painter.
 */
export type HighlightGroup = 'matched' | 'missing' | 'other';

export interface PaintedMention {
  range: Range;
  group: HighlightGroup;
  skill: string;
}

export interface Painter {
  readonly names: Record<HighlightGroup, string>;
  paint(mentions: PaintedMention[]): void;
  clear(): void;
  destroy(): void;
  /** The mention under a viewport point, if any. */
  mentionAt(x: number, y: number): PaintedMention | null;
}

/** Colours chosen to read on light and dark pages: strong underline plus a translucent background. */
const STYLES: Record<HighlightGroup, string> = {
  matched: 'background-color: rgba(46, 160, 67, 0.28); text-decoration: underline 2px rgb(26, 127, 55);',
  missing: 'background-color: rgba(219, 109, 40, 0.28); text-decoration: underline 2px rgb(188, 76, 0);',
  other: 'background-color: rgba(84, 174, 255, 0.22); text-decoration: underline 1px dotted rgb(9, 105, 218);',
};

interface HighlightApi {
  registry: { set(name: string, h: unknown): unknown; delete(name: string): unknown };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] }) | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

export function createPainter(doc: Document, id: string): Painter {
  const api = highlightApi(doc);
  const names = { matched: `skillmark-${id}-matched`, missing: `skillmark-${id}-missing`, other: `skillmark-${id}-other` };
  let style: HTMLStyleElement | null = null;
  let painted: PaintedMention[] = [];

  const ensureStyle = (): void => {
    if (style?.isConnected) return;
    style = doc.createElement('style');
    style.dataset.skillmark = id;
    style.textContent = (Object.keys(names) as HighlightGroup[]).map((g) => `::highlight(${names[g]}) { ${STYLES[g]} }`).join('\n');
    (doc.head ?? doc.documentElement).appendChild(style);
  };

  const clear = (): void => {
    painted = [];
    if (api) for (const name of Object.values(names)) api.registry.delete(name);
  };

  return {
    names,
    paint(mentions) {
      clear();
      painted = mentions;
      if (!api || !mentions.length) return;
      ensureStyle();
      for (const group of Object.keys(names) as HighlightGroup[]) {
        const ranges = mentions.filter((m) => m.group === group).map((m) => m.range);
        if (ranges.length) api.registry.set(names[group], new api.Highlight(...ranges));
      }
    },
    clear,
    destroy() {
      clear();
      style?.remove();
      style = null;
    },
    mentionAt(x, y) {
      if (!painted.length) return null;
      const point = caretAt(doc, x, y);
      if (!point) return null;
      for (const m of painted) {
        try {
          if (m.range.isPointInRange(point.node, point.offset) && point.offset < rangeEndIn(m.range, point.node)) return m;
        } catch {
          // A range from a node that has left the document: not under the pointer.
        }
      }
      return null;
    },
  };
}

function rangeEndIn(range: Range, node: Node): number {
  return range.endContainer === node ? range.endOffset : Number.MAX_SAFE_INTEGER;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
