/**
 * Skillmark's own layer on the page: one plain element (never a custom element: a page that
 * defines the name first would break start-up) holding a CLOSED shadow root. Everything personal
 * (have / lack marks, the skill card) is drawn inside it, where the page's scripts and styles
 * cannot reach: the page sees one empty, zero-size, constant element.
 */

export interface ShadowLayer {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Puts the host in the document (again, if the page removed it). */
  attach(): void;
  destroy(): void;
}

/** Inline and !important: page stylesheets cannot move, hide or resize the layer. */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'pointer-events: none',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important`)
  .join('; ');

export function createShadowLayer(doc: Document, css: string): ShadowLayer {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return {
    host,
    root,
    attach() {
      if (!host.isConnected) doc.documentElement.appendChild(host);
    },
    destroy() {
      host.remove();
    },
  };
}
