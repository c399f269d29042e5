/**
 * Is an element's text visible to the reader? Text a page hides (CSS-hidden, transparent, zero-size,
 * clipped, off-screen, aria-hidden) is not part of the ad: it is how a hostile page probes which
 * skills a user has, and how a poster could pad an ad with keywords to inflate match scores.
 *
 * Attributes are always checked. Computed styles are checked where the DOM has them (real
 * browsers, happy-dom); geometry only where the DOM has a layout (a real browser), since DOMs
 * without one report every box as 0 x 0.
 */

/** `hidden`: nothing inside shows; `text-hidden`: the element's own text does not show, but a
 * child may (font-size 0 and transparent colour are layout tricks children undo). */
export type Visibility = 'visible' | 'text-hidden' | 'hidden';
export type VisibilityCheck = (el: Element, hasText: boolean) => Visibility;

const HIDDEN_STYLE_ATTR = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)/i;

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE_ATTR.test(style);
}

const TRANSPARENT = /^(?:transparent|rgba\([^)]*,\s*0(?:\.0+)?\)|rgb\([^)]*\/\s*0(?:\.0+)?\))$/i;
const CLIPPED = /^(?:rect\(\s*0(?:px)?,?\s+0(?:px)?,?\s+0(?:px)?,?\s+0(?:px)?\s*\)|inset\(\s*50%\s*\))$/i;

function styleVisibility(s: CSSStyleDeclaration): Visibility {
  if (s.display === 'none') return 'hidden';
  if (s.opacity !== '' && Number(s.opacity) === 0) return 'hidden';
  if ((s.clip && CLIPPED.test(s.clip.trim())) || (s.clipPath && CLIPPED.test(s.clipPath.trim()))) return 'hidden';
  if (parseFloat(s.textIndent) < -999) return 'hidden';
  if (s.visibility === 'hidden' || s.visibility === 'collapse') return 'text-hidden';
  if (s.fontSize && parseFloat(s.fontSize) === 0) return 'text-hidden';
  if (s.color && TRANSPARENT.test(s.color.trim())) return 'text-hidden';
  return 'visible';
}

/** Text in a box that takes no room or sits wholly outside the page (off-screen probes, "sr-only" copies). */
function hiddenByGeometry(el: Element, s: CSSStyleDeclaration, win: Window): boolean {
  if (s.display === 'contents' || s.display === 'inline' && !el.firstChild) return false;
  const r = el.getBoundingClientRect();
  if (r.width <= 1 && r.height <= 1) return true;
  const sx = win.scrollX;
  const sy = win.scrollY;
  return r.right + sx <= 0 || r.bottom + sy <= 0 || r.left >= win.innerWidth + Math.max(sx, 0) + 200;
}

const MAX_STYLED = 5000;

type CheckVisibility = (options?: { opacityProperty?: boolean; visibilityProperty?: boolean }) => boolean;

/**
 * A visibility check for the elements under `roots`, told whether the element holds text of its
 * own. Containers get the cheap checks (attributes; display and opacity of the element and its
 * ancestors); elements with text get the full ones, geometry included where the DOM has a layout.
 */
export function visibilityFor(roots: readonly Element[]): VisibilityCheck {
  const win = roots[0]?.ownerDocument?.defaultView ?? null;
  const computed = win && typeof win.getComputedStyle === 'function' ? win.getComputedStyle.bind(win) : null;
  if (!win || !computed) return (el) => (hiddenByAttributes(el) ? 'hidden' : 'visible');
  const laidOut = roots.some((r) => {
    try {
      const b = r.getBoundingClientRect();
      return b.width > 0 && b.height > 0;
    } catch {
      return false;
    }
  });
  // Style checks for the first elements only: real ads have a few thousand; a pathological DOM of
  // 60,000 gets attribute checks past this, rather than a stall.
  let budget = MAX_STYLED;
  return (el, hasText) => {
    if (hiddenByAttributes(el)) return 'hidden';
    if (--budget < 0) return 'visible';
    try {
      const check = (el as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
      // Native and cheap: display none or opacity 0 on the element or any ancestor.
      if (typeof check === 'function' && !check.call(el, { opacityProperty: true })) return 'hidden';
      if (!hasText && typeof check === 'function') return 'visible';
      const s = computed(el);
      const v = styleVisibility(s);
      if (v !== 'visible' || !hasText) return v;
      return laidOut && hiddenByGeometry(el, s, win) ? 'hidden' : 'visible';
    } catch {
      return 'visible';
    }
  };
}
