/**
 * The hover card for a highlighted skill: name, category, ML/SWE lean, whether you have it, and
 * "I have this". It lives in a closed shadow root (page CSS cannot reach in, ours cannot leak out)
 * and every piece of text is set with textContent: skill data is never parsed as HTML.
 */
export interface TooltipInfo {
  name: string;
  category: string;
  lean: string;
  status: 'matched' | 'missing' | 'other';
}

export interface Tooltip {
  show(x: number, y: number, info: TooltipInfo, onHave: () => void): void;
  hide(): void;
  destroy(): void;
  /** The host element (for tests and for ignoring our own node in mutation observers). */
  readonly host: HTMLElement;
}

const CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 260px; padding: 8px 10px; border-radius: 8px;
  font: 13px/1.4 system-ui, sans-serif; color: #1f2328; background: #fff; border: 1px solid #d0d7de;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.name { font-weight: 600; }
.meta { color: #59636e; }
.have { color: #1a7f37; font-weight: 600; }
.lack { color: #bc4c00; font-weight: 600; }
button { margin-top: 6px; font: inherit; padding: 2px 8px; border-radius: 6px; border: 1px solid #1a7f37;
  background: #1a7f37; color: #fff; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .meta { color: #9198a1; }
  .have { color: #3fb950; } .lack { color: #f0883e; }
}`;

const LEAN_TEXT: Record<string, string> = { ml: 'leans ML', swe: 'leans software engineering', both: 'ML and SWE alike' };

export function createTooltip(doc: Document): Tooltip {
  const host = doc.createElement('skillmark-tooltip');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  root.append(style, card);
  let attached = false;

  return {
    host,
    show(x, y, info, onHave) {
      if (!attached) {
        doc.documentElement.appendChild(host);
        attached = true;
      }
      const name = doc.createElement('div');
      name.className = 'name';
      name.textContent = info.name;
      const meta = doc.createElement('div');
      meta.className = 'meta';
      meta.textContent = `${info.category.replace(/-/g, ' ')} · ${LEAN_TEXT[info.lean] ?? info.lean}`;
      const status = doc.createElement('div');
      status.className = info.status === 'matched' ? 'have' : 'lack';
      status.textContent = info.status === 'matched' ? 'You have this skill' : info.status === 'missing' ? 'The ad asks for it; not in your profile' : 'Not in your profile';
      const parts: Node[] = [name, meta, status];
      if (info.status !== 'matched') {
        const button = doc.createElement('button');
        button.type = 'button';
        button.textContent = 'I have this';
        button.addEventListener('click', (e) => {
          e.stopPropagation();
          onHave();
        });
        parts.push(button);
      }
      card.replaceChildren(...parts);
      card.hidden = false;
      const view = doc.defaultView;
      const left = Math.min(x + 12, (view?.innerWidth ?? 1000) - 270);
      card.style.left = `${Math.max(4, left)}px`;
      card.style.top = `${y + 16}px`;
    },
    hide() {
      card.hidden = true;
    },
    destroy() {
      host.remove();
      attached = false;
    },
  };
}
