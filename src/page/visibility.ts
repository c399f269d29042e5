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
export type VisibilityCheck = (el: Element) => Visibility;

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

/** Boxes that take no room or sit wholly outside the page (off-screen probes, "sr-only" copies). */
function hiddenByGeometry(el: Element, s: CSSStyleDeclaration, win: Window): boolean {
  const positioned = s.position === 'absolute' || s.position === 'fixed';
  const clips = s.overflow === 'hidden' || s.overflowX === 'hidden' || s.overflowY === 'hidden' || s.overflow === 'clip';
  if (!positioned && !clips) return false;
  const r = el.getBoundingClientRect();
  if (clips && (r.width <= 1 || r.height <= 1)) return true;
  if (positioned) {
    if (r.width <= 1 && r.height <= 1) return true;
    const sx = win.scrollX;
    const sy = win.scrollY;
    if (r.right + sx <= 0 || r.bottom + sy <= 0 || r.left >= win.innerWidth + Math.max(sx, 0) + 200) return true;
  }
  return false;
}

/**
 * A visibility check for the elements under `roots`. Where the DOM has a layout and the roots are
 * laid out, geometry is checked too; otherwise styles and attributes only.
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
  return (el) => {
    if (hiddenByAttributes(el)) return 'hidden';
    let s: CSSStyleDeclaration;
    try {
      s = computed(el);
    } catch {
      return 'visible';
    }
    const v = styleVisibility(s);
    if (v !== 'visible') return v;
    return laidOut && hiddenByGeometry(el, s, win) ? 'hidden' : 'visible';
  };
}
