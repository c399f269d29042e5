/**
 * The skill card: name, category, ML/SWE lean, whether you have it, and "I have this". It lives in
 * Skillmark's closed shadow layer, every piece of text is set with textContent (skill data is never
 * parsed as HTML), and its box is the same size whatever the skill's status, so a page probing
 * with elementFromPoint cannot tell a skill the user has from one they lack.
 * "I have this" takes a real (trusted) click on a card that has been on screen for a moment: a
 * page cannot script it, nor slide the card under a click aimed at something else.
 */
import { categoryName } from '../design/categories';
import { STATUS_MARK, tokenCss } from '../design/tokens';
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
  /** Moves the keyboard focus to the card's button (opened from the keyboard). */
  focus(): void;
  readonly visible: boolean;
  /** The card's box while it shows, else null: the same for every status (tests hold it to that). */
  box(): { left: number; top: number; right: number; bottom: number } | null;
}

export const CARD_WIDTH = 288;
export const CARD_HEIGHT = 112;
/** A click on "I have this" counts only after the card has been on screen this long. */
export const CARD_DWELL_MS = 400;

/** Same tokens as the extension pages, set on the card itself: a page cannot restyle it through inherited custom properties. */
export const CARD_CSS = `${tokenCss('.card')}
.card { position: absolute; box-sizing: border-box; width: ${CARD_WIDTH}px; height: ${CARD_HEIGHT}px; overflow: hidden;
  padding: var(--sm-space-2) var(--sm-space-3); border-radius: var(--sm-radius-lg); pointer-events: auto; text-align: left;
  font: 13px/1.4 var(--sm-font); color: var(--sm-fg); background: var(--sm-bg); border: 1px solid var(--sm-line);
  box-shadow: 0 6px 20px rgba(0,0,0,.22); }
.card[hidden] { display: none; }
.card:focus-visible { outline: 2px solid var(--sm-focus); outline-offset: 2px; }
/* Every rule scoped to .card: the overlay's marks share this shadow root and their class names. */
.card .line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.card .name { font-weight: 600; font-size: var(--sm-text-md); }
.card .meta { color: var(--sm-muted); font-size: var(--sm-text-sm); }
.card .status { font-weight: 600; }
.card .status::before { display: inline-block; width: 1.2em; }
.card .matched { color: var(--sm-have); } .card .matched::before { content: "${STATUS_MARK.matched}"; }
.card .missing { color: var(--sm-lack); } .card .missing::before { content: "${STATUS_MARK.missing}"; }
.card .other { color: var(--sm-other); } .card .other::before { content: "${STATUS_MARK.other}"; }
.card button { margin-top: var(--sm-space-1); height: 26px; font: inherit; font-weight: 600; padding: 0 var(--sm-space-3); border-radius: var(--sm-radius-md);
  border: 1px solid var(--sm-accent); background: var(--sm-accent); color: var(--sm-accent-fg); cursor: pointer; }
.card button:disabled { background: transparent; border-color: var(--sm-have); color: var(--sm-have); cursor: default; }
.card button:focus-visible { outline: 2px solid var(--sm-focus); outline-offset: 2px; }`;

const LEAN_TEXT: Record<string, string> = { ml: 'leans ML', swe: 'leans SWE', both: 'ML and SWE alike' };
const STATUS_TEXT: Record<CardInfo['status'], string> = {
  matched: 'In your profile',
  missing: 'Asked for; not in your profile',
  other: 'Not in your profile',
};

export function createCard(layer: ShadowLayer, now: () => number): Card {
  const doc = layer.host.ownerDocument;
  const win = doc.defaultView!;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'skillmark-card-name');
  card.tabIndex = -1;
  card.hidden = true;
  const line = (cls: string): HTMLElement => {
    const el = doc.createElement('div');
    el.className = `line ${cls}`;
    return el;
  };
  const name = line('name');
  name.id = 'skillmark-card-name';
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
      meta.textContent = `${categoryName(info.category)} · ${LEAN_TEXT[info.lean] ?? info.lean}`;
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
      if (card.hidden) return;
      const focused = layer.root.activeElement as HTMLElement | null;
      card.hidden = true;
      onHave = null;
      // Focus was in the card (keyboard): leave it on the page's body, not on a hidden button.
      focused?.blur();
    },
    focus() {
      if (!card.hidden) (button.disabled ? card : button).focus();
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
