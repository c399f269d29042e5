/**
 * The skill card: name, category, ML/SWE lean, whether you have it, and "I have this". It lives in
 * Skillmark's closed shadow layer, every piece of text is set with textContent (skill data is never
 * parsed as HTML), and its box is the same size whatever the skill's status, so a page probing
 * with elementFromPoint cannot tell a skill the user has from one they lack.
 * "I have this" takes a real (trusted) click on a card that has been on screen for a moment: a
 * page cannot script it, nor slide the card under a click aimed at something else.
 */
import type { ShadowLayer } from './shadow-layer';

export interface CardInfo {
  name: string;
  category: string;
  lean: string;
  status: 'matched' | 'missing' | 'other';
}

export interface Card {
  /** Shows the card for a skill, next to `anchor` (the mention's box, viewport coordinates). */
  show(anchor: { left: number; top: number; bottom: number }, info: CardInfo, onHave: () => void): void;
  hide(): void;
  readonly visible: boolean;
  /** The card's box while it shows (for the hover bridge), else null. */
  box(): { left: number; top: number; right: number; bottom: number } | null;
}

export const CARD_WIDTH = 248;
export const CARD_HEIGHT = 112;
/** A click on "I have this" counts only after the card has been on screen this long. */
export const CARD_DWELL_MS = 400;

export const CARD_CSS = `
.card { position: absolute; box-sizing: border-box; width: ${CARD_WIDTH}px; height: ${CARD_HEIGHT}px; overflow: hidden;
  padding: 8px 10px; border-radius: 8px; pointer-events: auto;
  font: 13px/1.4 system-ui, sans-serif; color: #1f2328; background: #fff; border: 1px solid #d0d7de;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.card[hidden] { display: none; }
.line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.name { font-weight: 600; }
.meta { color: #59636e; }
.matched { color: #1a7f37; font-weight: 600; }
.missing, .other { color: #bc4c00; font-weight: 600; }
button { margin-top: 6px; height: 24px; font: inherit; padding: 0 8px; border-radius: 6px; border: 1px solid #1a7f37;
  background: #1a7f37; color: #fff; cursor: pointer; }
button:disabled { background: transparent; color: #1a7f37; cursor: default; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .meta { color: #9198a1; }
  .matched { color: #3fb950; } .missing, .other { color: #f0883e; }
  button { background: #238636; border-color: #2ea043; } button:disabled { color: #3fb950; }
}`;

const LEAN_TEXT: Record<string, string> = { ml: 'leans ML', swe: 'leans software engineering', both: 'ML and SWE alike' };
const STATUS_TEXT: Record<CardInfo['status'], string> = {
  matched: 'You have this skill',
  missing: 'The ad asks for it; not in your profile',
  other: 'Not in your profile',
};

export function createCard(layer: ShadowLayer, now: () => number): Card {
  const doc = layer.host.ownerDocument;
  const win = doc.defaultView!;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.hidden = true;
  const line = (cls: string): HTMLElement => {
    const el = doc.createElement('div');
    el.className = `line ${cls}`;
    return el;
  };
  const name = line('name');
  const meta = line('meta');
  const status = line('status');
  const button = doc.createElement('button');
  button.type = 'button';
  card.append(name, meta, status, button);
  layer.root.append(card);

  let shownAt = 0;
  let onHave: (() => void) | null = null;
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    // Scripted clicks and clicks on a card that just appeared under the pointer do nothing.
    if (!e.isTrusted || card.hidden || now() - shownAt < CARD_DWELL_MS) return;
    onHave?.();
  });

  return {
    show(anchor, info, have) {
      layer.attach();
      name.textContent = info.name;
      meta.textContent = `${info.category.replace(/-/g, ' ')} · ${LEAN_TEXT[info.lean] ?? info.lean}`;
      status.textContent = STATUS_TEXT[info.status];
      status.className = `line status ${info.status}`;
      const has = info.status === 'matched';
      button.textContent = has ? '✓ In your profile' : 'I have this';
      button.disabled = has;
      onHave = has ? null : have;
      const below = anchor.bottom + 4;
      const top = below + CARD_HEIGHT > win.innerHeight ? Math.max(4, anchor.top - 4 - CARD_HEIGHT) : below;
      const left = Math.max(4, Math.min(anchor.left, win.innerWidth - CARD_WIDTH - 4));
      const moved = card.hidden || card.style.left !== `${left}px` || card.style.top !== `${top}px`;
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
      if (moved) shownAt = now();
      card.hidden = false;
    },
    hide() {
      card.hidden = true;
      onHave = null;
    },
    get visible() {
      return !card.hidden;
    },
    box() {
      if (card.hidden) return null;
      const left = parseFloat(card.style.left);
      const top = parseFloat(card.style.top);
      return { left, top, right: left + CARD_WIDTH, bottom: top + CARD_HEIGHT };
    },
  };
}
