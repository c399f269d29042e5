/**
 * Skillmark's design tokens: one source for the popup, the options page and the card on the page.
 * The extension pages get them as CSS custom properties (`tokenCss(':root')`, injected by their
 * entrypoints); the card sets them on its own box inside the closed shadow layer, so a page cannot
 * restyle it through inherited custom properties.
 *
 * Colours: have (teal) and lack (orange) stay apart for the common colour-vision deficiencies and
 * are never the only cue: have is ✓ and a solid line, lack is ✗ and a dashed line, other is •.
 * Every text colour reaches 4.5:1 on its background in light and dark (checked by axe in e2e).
 */

export const SPACE = { 1: '4px', 2: '8px', 3: '12px', 4: '16px', 5: '24px', 6: '32px' } as const;
export const TYPE = { xs: '11px', sm: '12px', md: '14px', lg: '16px', xl: '20px', xxl: '26px' } as const;
export const RADIUS = { sm: '4px', md: '6px', lg: '10px', pill: '999px' } as const;
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface Palette {
  fg: string;
  muted: string;
  bg: string;
  surface: string;
  line: string;
  accent: string;
  accentFg: string;
  focus: string;
  have: string;
  haveBg: string;
  lack: string;
  lackBg: string;
  other: string;
  ml: string;
  swe: string;
  danger: string;
}

export const LIGHT: Palette = {
  fg: '#1f2328',
  muted: '#57606a',
  bg: '#ffffff',
  surface: '#f6f8fa',
  line: '#d0d7de',
  accent: '#0b5cad',
  accentFg: '#ffffff',
  focus: '#0b5cad',
  have: '#0a6670',
  haveBg: '#e3f4f5',
  lack: '#a3470a',
  lackBg: '#fcefe4',
  other: '#57606a',
  ml: '#7a3fd1',
  swe: '#0b5cad',
  danger: '#b3261e',
};

export const DARK: Palette = {
  fg: '#e6edf3',
  muted: '#9ea7b3',
  bg: '#0d1117',
  surface: '#161b22',
  line: '#3d444d',
  accent: '#58a6ff',
  accentFg: '#0d1117',
  focus: '#79c0ff',
  have: '#4cc9d3',
  haveBg: '#0f2a2d',
  lack: '#f4a261',
  lackBg: '#33200f',
  other: '#9ea7b3',
  ml: '#bc8cff',
  swe: '#58a6ff',
  danger: '#ff8a80',
};

/** Shape cues that go with the status colours (colour is never the only signal). */
export const STATUS_MARK = { matched: '✓', missing: '✗', other: '•' } as const;

const kebab = (k: string): string => k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
const vars = (p: Palette): string =>
  Object.entries(p)
    .map(([k, v]) => `--sm-${kebab(k)}: ${v};`)
    .join(' ');
const scale = (prefix: string, o: Record<string, string>): string =>
  Object.entries(o)
    .map(([k, v]) => `--sm-${prefix}-${k}: ${v};`)
    .join(' ');

/** The tokens as custom properties on `selector`, with the dark palette when the system asks. */
export function tokenCss(selector: string): string {
  const base = `${vars(LIGHT)} ${scale('space', SPACE)} ${scale('text', TYPE)} ${scale('radius', RADIUS)} --sm-font: ${FONT};`;
  return `${selector} { ${base} }\n@media (prefers-color-scheme: dark) { ${selector} { ${vars(DARK)} } }\n`;
}

/** Puts the tokens on an extension page (popup, options) before it renders. */
export function applyTokens(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = tokenCss(':root');
  doc.head.append(style);
}
