/**
 * Have / lack marks, drawn inside Skillmark's closed shadow layer: a bar under each painted skill
 * the user has (solid) or that the ad asks for and the user lacks (dashed, so colour is not the
 * only cue). Positioned from the ranges' client rects, pointer-events none, redrawn at most once an
 * animation frame when the page scrolls or changes size. Only marks near the viewport are drawn.
 */
import type { ShadowLayer } from './shadow-layer';

export type MarkStatus = 'matched' | 'missing' | 'other';

export interface Mark {
  range: Range;
  status: MarkStatus;
}

export interface Overlay {
  setMarks(marks: readonly Mark[]): void;
  /** Recomputes positions on the next frame (layout changed). */
  refresh(): void;
  destroy(): void;
}

export const OVERLAY_CSS = `
.marks { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.mark { position: absolute; height: 3px; border-radius: 2px; pointer-events: none; }
.mark.matched { background: #1a7f37; }
.mark.missing { background: repeating-linear-gradient(90deg, #bc4c00 0 5px, transparent 5px 8px); }
@media (prefers-color-scheme: dark) {
  .mark.matched { background: #3fb950; }
  .mark.missing { background: repeating-linear-gradient(90deg, #f0883e 0 5px, transparent 5px 8px); }
}`;

/** Draw marks this far beyond the viewport, so short scrolls need no redraw to look right. */
const MARGIN = 200;

export function createOverlay(layer: ShadowLayer, frame: (cb: () => void) => void): Overlay {
  const doc = layer.host.ownerDocument;
  const win = doc.defaultView!;
  const box = doc.createElement('div');
  box.className = 'marks';
  layer.root.append(box);
  let marks: Mark[] = [];
  let pending = false;
  const pool: HTMLElement[] = [];

  function draw(): void {
    pending = false;
    const h = win.innerHeight;
    const w = win.innerWidth;
    let used = 0;
    for (const m of marks) {
      let rects: DOMRectList | DOMRect[];
      try {
        rects = m.range.getClientRects();
      } catch {
        continue;
      }
      for (const r of Array.from(rects)) {
        if (r.width <= 0 || r.bottom < -MARGIN || r.top > h + MARGIN || r.right < 0 || r.left > w) continue;
        let el = pool[used];
        if (!el) {
          el = doc.createElement('div');
          pool.push(el);
          box.append(el);
        }
        el.className = `mark ${m.status}`;
        el.style.cssText = `left:${r.left}px;top:${r.bottom - 2}px;width:${r.width}px;`;
        el.hidden = false;
        used++;
      }
    }
    for (let i = used; i < pool.length; i++) pool[i]!.hidden = true;
  }

  const refresh = (): void => {
    if (pending) return;
    pending = true;
    frame(draw);
  };

  return {
    setMarks(next) {
      // Attached whenever skills are painted, whatever their status: the page must not learn
      // from the layer's presence whether the user has a profile.
      if (next.length) layer.attach();
      marks = next.filter((m) => m.status !== 'other');
      refresh();
    },
    refresh() {
      if (marks.length || pool.some((el) => !el.hidden)) refresh();
    },
    destroy() {
      marks = [];
      box.remove();
    },
  };
}
