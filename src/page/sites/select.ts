/** Selector lists with fallbacks: the first that matches wins (boards change their markup often). */

export function first(doc: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = doc.querySelector(sel);
      if (el && (el.textContent ?? '').trim()) return el;
    } catch {
      // A selector the DOM implementation cannot parse: try the next one.
    }
  }
  return null;
}

export function all(doc: ParentNode, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Visible-ish text of the first match, whitespace collapsed. */
export function textOf(doc: ParentNode, selectors: readonly string[]): string | null {
  const el = first(doc, selectors);
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** How many elements match any of the selectors (to tell a list of jobs from one job). */
export function count(doc: ParentNode, selectors: readonly string[]): number {
  return selectors.reduce((n, sel) => n + all(doc, sel).length, 0);
}

export const hostIs = (url: URL | null, ...hosts: string[]): boolean =>
  !!url && hosts.some((h) => url.hostname === h || url.hostname.endsWith('.' + h));
