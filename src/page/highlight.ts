/**
 * The page-visible half of the highlights: ONE neutral, uniquely named CSS Custom Highlight over
 * every skill mention. The page's scripts share the highlight registry and the document's
 * stylesheets with us, so nothing here may depend on the user: the ranges come from the page's own
 * words and the public lexicon, the style is a constant. Whether the user has or lacks a skill is
 * drawn in a closed shadow root (overlay.ts), which the page cannot read.
 * Globals are captured once, so a page that later redefines them cannot break the painter.
 */

export interface Painter {
  /** The highlight's name in the page's registry. */
  readonly name: string;
  paint(ranges: readonly Range[]): void;
  clear(): void;
  destroy(): void;
}

/** Neutral on light and dark pages: a faint tint, the same for every skill and every user. */
const STYLE = 'background-color: rgba(84, 174, 255, 0.20);';

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
  const name = `skillmark-${id}-skill`;
  let style: HTMLStyleElement | null = null;

  const ensureStyle = (): void => {
    if (style?.isConnected) return;
    style = doc.createElement('style');
    style.textContent = `::highlight(${name}) { ${STYLE} }`;
    (doc.head ?? doc.documentElement).appendChild(style);
  };

  const clear = (): void => {
    api?.registry.delete(name);
  };

  return {
    name,
    paint(ranges) {
      if (!api) return;
      if (!ranges.length) return clear();
      ensureStyle();
      api.registry.set(name, new api.Highlight(...ranges));
    },
    clear,
    destroy() {
      clear();
      style?.remove();
      style = null;
    },
  };
}
