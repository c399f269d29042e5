/**
 * The content script's own lifetime. WXT's ContentScriptContext ends when the page dispatches a
 * "content-script-started" event with the right name, which any page that knows the extension id
 * can do: Skillmark must not be switched off by the page it reads. This lifetime ends only when the
 * extension itself is gone (reloaded, updated, removed) or when Skillmark ends it.
 * Timers and listeners registered through it are removed when it ends.
 */

export interface Lifecycle {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: unknown): void;
  setInterval(handler: () => void, ms: number): number;
  frame(handler: () => void): void;
  on(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(cb: () => void): void;
  invalidate(): void;
}

export function createLifecycle(win: Window, extensionAlive: () => boolean): Lifecycle {
  const controller = new AbortController();
  const { signal } = controller;
  const valid = (): boolean => {
    if (!signal.aborted && !extensionAlive()) controller.abort();
    return !signal.aborted;
  };
  // Captured once: a page that later replaces these cannot stall or redirect our timers.
  const setTimeout = win.setTimeout.bind(win);
  const clearTimeout = win.clearTimeout.bind(win);
  const setInterval = win.setInterval.bind(win);
  const clearInterval = win.clearInterval.bind(win);
  const raf = typeof win.requestAnimationFrame === 'function' ? win.requestAnimationFrame.bind(win) : (cb: () => void) => setTimeout(cb, 16);
  return {
    signal,
    get isValid() {
      return valid();
    },
    setTimeout(handler, ms) {
      const id = setTimeout(() => valid() && handler(), ms);
      signal.addEventListener('abort', () => clearTimeout(id), { once: true });
      return id;
    },
    clearTimeout: (id) => clearTimeout(id as number),
    setInterval(handler, ms) {
      const id = setInterval(() => valid() && handler(), ms);
      signal.addEventListener('abort', () => clearInterval(id), { once: true });
      return id;
    },
    frame(handler) {
      raf(() => valid() && handler());
    },
    on(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal });
    },
    onInvalidated(cb) {
      if (signal.aborted) cb();
      else signal.addEventListener('abort', cb, { once: true });
    },
    invalidate: () => controller.abort(),
  };
}
