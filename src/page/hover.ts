/**
 * Pointer over a painted skill -> the card. Only real (trusted) pointer moves count, only inside
 * the ad, and the hit test runs at most once an animation frame. The card stays while the pointer
 * travels to it (a short grace delay covers the gap) and closes with Escape.
 */
import type { Card, CardInfo } from './card';

export interface HoverTarget {
  range: Range;
  skill: string;
  info: CardInfo;
}

export interface HoverDeps {
  doc: Document;
  card: Card;
  /** Skillmark's own layer host: the pointer over it is over the card. */
  host: Element;
  /** The painted mentions and the ad's root elements, as they are now. */
  targets(): readonly HoverTarget[];
  roots(): readonly Element[];
  onHave(skill: string): void;
  on(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  frame(cb: () => void): void;
  setTimeout(cb: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** Time the card waits before hiding once the pointer has left the skill and the card. */
export const HIDE_GRACE_MS = 350;

export function watchHover(deps: HoverDeps): void {
  const { doc, card } = deps;
  let last: MouseEvent | null = null;
  let framePending = false;
  let hideTimer: unknown = null;
  let shown: string | null = null;

  const cancelHide = (): void => {
    if (hideTimer !== null) deps.clearTimeout(hideTimer);
    hideTimer = null;
  };
  const hideSoon = (): void => {
    if (!card.visible || hideTimer !== null) return;
    hideTimer = deps.setTimeout(() => {
      hideTimer = null;
      card.hide();
      shown = null;
    }, HIDE_GRACE_MS);
  };

  const process = (): void => {
    framePending = false;
    const e = last;
    if (!e) return;
    if (e.target === deps.host) return cancelHide();
    const target = e.target as Node | null;
    const inAd = !!target && deps.roots().some((r) => r.contains(target));
    const hit = inAd ? hitTest(doc, deps.targets(), e.clientX, e.clientY) : null;
    if (!hit) return hideSoon();
    cancelHide();
    if (shown === hit.target.skill && card.visible) return;
    shown = hit.target.skill;
    const skill = hit.target.skill;
    card.show(hit.rect, hit.target.info, () => {
      deps.onHave(skill);
      card.hide();
      shown = null;
    });
  };

  deps.on(
    doc,
    'mousemove',
    (e) => {
      // Nothing painted and no card: nothing to hit, not even a frame callback.
      if (!e.isTrusted || (!card.visible && !deps.targets().length)) return;
      last = e as MouseEvent;
      if (framePending) return;
      framePending = true;
      deps.frame(process);
    },
    { passive: true, capture: true },
  );
  deps.on(
    doc,
    'keydown',
    (e) => {
      if (e.isTrusted && (e as KeyboardEvent).key === 'Escape' && card.visible) {
        card.hide();
        shown = null;
      }
    },
    { capture: true },
  );
}

/** The painted mention under a viewport point, with the box of the line it is on. */
export function hitTest(doc: Document, targets: readonly HoverTarget[], x: number, y: number): { target: HoverTarget; rect: DOMRect } | null {
  if (!targets.length) return null;
  const point = caretAt(doc, x, y);
  if (!point) return null;
  for (const t of targets) {
    try {
      if (!t.range.isPointInRange(point.node, point.offset)) continue;
      if (t.range.endContainer === point.node && point.offset >= t.range.endOffset) continue;
      const rect = Array.from(t.range.getClientRects()).find((r) => y >= r.top && y <= r.bottom) ?? t.range.getBoundingClientRect();
      return { target: t, rect };
    } catch {
      // A range from a node that has left the document: not under the pointer.
    }
  }
  return null;
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
