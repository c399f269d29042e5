// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CARD_CSS, CARD_HEIGHT, CARD_WIDTH, createCard } from '../../src/page/card';
import { createPainter } from '../../src/page/highlight';
import { watchHover } from '../../src/page/hover';
import { createOverlay, OVERLAY_CSS } from '../../src/page/overlay';
import { MAX_PAINTED, planPaint } from '../../src/page/paint-plan';
import { createShadowLayer } from '../../src/page/shadow-layer';
import { buildTextMap, rangeFor } from '../../src/page/text-map';

/** A stand-in for the CSS Custom Highlight API (happy-dom has none). */
function fakeHighlightApi(): Map<string, Range[]> {
  const registry = new Map<string, Range[]>();
  class FakeHighlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  (window as unknown as { CSS: unknown }).CSS = {
    highlights: { set: (n: string, h: FakeHighlight) => registry.set(n, h.ranges), delete: (n: string) => registry.delete(n) },
  };
  (window as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
  return registry;
}

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
  for (const el of Array.from(document.documentElement.children)) if (el !== document.head && el !== document.body) el.remove();
});

describe('painter', () => {
  it('registers one neutral, uniquely named highlight with the ranges, and leaves the page text alone', () => {
    const registry = fakeHighlightApi();
    document.body.innerHTML = '<div id="ad"><p>Python and <b>PyTorch</b> and Kafka.</p></div>';
    const before = document.body.innerHTML;
    const { text, map } = buildTextMap([document.getElementById('ad')!]);
    const at = (s: string): Range => rangeFor(map, text.indexOf(s), text.indexOf(s) + s.length)!;
    const painter = createPainter(document, 'abc123');
    const other = createPainter(document, 'zzz999');
    painter.paint([at('Python'), at('PyTorch'), at('Kafka')]);
    expect([...registry.keys()]).toEqual(['skillmark-abc123-skill']);
    expect(other.name).not.toBe(painter.name);
    expect(registry.get('skillmark-abc123-skill')!.map((r) => r.toString())).toEqual(['Python', 'PyTorch', 'Kafka']);
    expect(document.body.innerHTML).toBe(before);
    // One constant rule: nothing in the page's stylesheets depends on the user.
    const styles = Array.from(document.head.querySelectorAll('style')).map((s) => s.textContent);
    expect(styles).toEqual(['::highlight(skillmark-abc123-skill) { background-color: rgba(84, 174, 255, 0.20); }']);
    painter.clear();
    expect(registry.size).toBe(0);
    painter.destroy();
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('does nothing, and does not throw, where the Highlight API is missing', () => {
    (window as unknown as { CSS: unknown }).CSS = {};
    document.body.innerHTML = '<p>Python</p>';
    const { map } = buildTextMap([document.body]);
    expect(() => createPainter(document, 'x').paint([rangeFor(map, 0, 6)!])).not.toThrow();
  });
});

describe('paint plan', () => {
  it('keeps one mention per skill per paragraph, in text order', () => {
    const text = 'Python, Python and Go.\nPython again.';
    const m = (start: number, end: number, skill: string) => ({ start, end, skill });
    const plan = planPaint(text, [m(8, 14, 'python'), m(0, 6, 'python'), m(19, 21, 'go'), m(23, 29, 'python')]);
    expect(plan.map((p) => p.start)).toEqual([0, 19, 23]);
  });

  it('paints a bounded number of ranges whatever the page repeats', () => {
    const line = 'Kubernetes Python Go Rust Java\n';
    const text = line.repeat(5000);
    const mentions = [];
    for (let i = 0; i < 5000; i++) for (const w of ['Kubernetes', 'Python', 'Go', 'Rust', 'Java']) {
      const start = i * line.length + line.indexOf(w);
      mentions.push({ start, end: start + w.length, skill: w.toLowerCase() });
    }
    expect(planPaint(text, mentions)).toHaveLength(MAX_PAINTED);
    // One very long line still gets one mention per skill per stretch, not thousands.
    const flat = 'Python '.repeat(20_000);
    const flatMentions = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 7, end: i * 7 + 6, skill: 'python' }));
    const planned = planPaint(flat, flatMentions);
    expect(planned.length).toBeGreaterThan(1);
    expect(planned.length).toBeLessThanOrEqual(Math.ceil(flat.length / 1200) + 1);
  });
});

describe('shadow layer, overlay and card', () => {
  const layerCss = OVERLAY_CSS + CARD_CSS;

  it('the page sees one plain, empty host element; marks and card live in the closed shadow root', () => {
    document.body.innerHTML = '<p id="ad">Python and Kafka</p>';
    const layer = createShadowLayer(document, layerCss);
    const overlay = createOverlay(layer, (cb) => cb());
    const { text, map } = buildTextMap([document.getElementById('ad')!]);
    overlay.setMarks([{ range: rangeFor(map, 0, 6)!, status: 'matched' }, { range: rangeFor(map, text.indexOf('Kafka'), text.length)!, status: 'missing' }]);
    expect(layer.host.tagName).toBe('DIV');
    expect(layer.host.isConnected).toBe(true);
    expect(layer.host.childNodes.length).toBe(0);
    expect(layer.host.shadowRoot).toBeNull();
    expect(layer.host.getAttribute('style')).toMatch(/pointer-events: none !important/);
    layer.destroy();
    expect(layer.host.isConnected).toBe(false);
  });

  it('attaches the layer for painted skills of any status (its presence says nothing about the profile)', () => {
    document.body.innerHTML = '<p id="ad">Python</p>';
    const layer = createShadowLayer(document, layerCss);
    const overlay = createOverlay(layer, (cb) => cb());
    const { map } = buildTextMap([document.getElementById('ad')!]);
    overlay.setMarks([{ range: rangeFor(map, 0, 6)!, status: 'other' }]);
    expect(layer.host.isConnected).toBe(true);
  });

  it('the card shows skill data as text, is the same size for every status, and ignores scripted clicks', () => {
    const layer = createShadowLayer(document, layerCss);
    const t = 0;
    const card = createCard(layer, () => t);
    let had = 0;
    const anchor = { left: 10, top: 10, bottom: 30 };
    card.show(anchor, { name: '<img src=x onerror="globalThis.__tip=1">', category: 'ml-framework', lean: 'ml', status: 'missing' }, () => had++);
    expect(card.visible).toBe(true);
    expect(document.querySelector('img')).toBeNull();
    expect((globalThis as { __tip?: number }).__tip).toBeUndefined();
    const boxMissing = card.box();
    card.show(anchor, { name: 'Python', category: 'language', lean: 'both', status: 'matched' }, () => had++);
    expect(card.box()).toEqual(boxMissing);
    expect(boxMissing!.right - boxMissing!.left).toBe(CARD_WIDTH);
    expect(boxMissing!.bottom - boxMissing!.top).toBe(CARD_HEIGHT);
    card.hide();
    expect(card.visible).toBe(false);
  });

  it('synthetic (untrusted) pointer moves never show the card', async () => {
    document.body.innerHTML = '<p id="ad">Python and Kafka</p>';
    const root = document.getElementById('ad')!;
    const layer = createShadowLayer(document, layerCss);
    const card = createCard(layer, () => 0);
    const { map } = buildTextMap([root]);
    watchHover({
      doc: document,
      card,
      host: layer.host,
      targets: () => [{ range: rangeFor(map, 0, 6)!, skill: 'python', info: { name: 'Python', category: 'language', lean: 'both', status: 'missing' } }],
      roots: () => [root],
      onHave: () => undefined,
      on: (target, type, handler, options) => target.addEventListener(type, handler, options),
      frame: (cb) => cb(),
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (id) => clearTimeout(id as number),
    });
    root.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 2, clientY: 2 }));
    await new Promise((r) => setTimeout(r, 20));
    expect(card.visible).toBe(false);
  });
});
