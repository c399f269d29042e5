// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPainter } from '../../src/page/highlight';
import { createTooltip } from '../../src/page/tooltip';
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
});

describe('painter', () => {
  it('registers one uniquely named highlight per group, with the mentions\' ranges, and leaves the page text alone', () => {
    const registry = fakeHighlightApi();
    document.body.innerHTML = '<div id="ad"><p>Python and <b>PyTorch</b> and Kafka.</p></div>';
    const before = document.body.innerHTML;
    const root = document.getElementById('ad')!;
    const { text, map } = buildTextMap([root]);
    const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const painter = createPainter(document, 'abc123');
    const other = createPainter(document, 'zzz999');
    painter.paint([
      { range: rangeFor(map, ...at('Python'))!, group: 'matched', skill: 'python' },
      { range: rangeFor(map, ...at('PyTorch'))!, group: 'missing', skill: 'pytorch' },
      { range: rangeFor(map, ...at('Kafka'))!, group: 'other', skill: 'kafka' },
    ]);
    expect([...registry.keys()].sort()).toEqual(['skillmark-abc123-matched', 'skillmark-abc123-missing', 'skillmark-abc123-other']);
    expect(Object.values(other.names).some((n) => Object.values(painter.names).includes(n))).toBe(false);
    expect(registry.get('skillmark-abc123-missing')!.map((r) => r.toString())).toEqual(['PyTorch']);
    // Only a style element with our ::highlight rules was added; the ad's DOM and text are unchanged.
    expect(document.body.innerHTML).toBe(before);
    const style = document.head.querySelector('style[data-skillmark="abc123"]')!;
    expect(style.textContent).toMatch(/^::highlight\(skillmark-abc123-matched\)/);
    expect(style.textContent!.split('\n').every((rule) => rule.startsWith('::highlight(skillmark-abc123-'))).toBe(true);
    painter.clear();
    expect(registry.size).toBe(0);
    painter.destroy();
    expect(document.head.querySelector('style[data-skillmark]')).toBeNull();
  });

  it('does nothing, and does not throw, where the Highlight API is missing', () => {
    (window as unknown as { CSS: unknown }).CSS = {};
    document.body.innerHTML = '<p>Python</p>';
    const { map } = buildTextMap([document.body]);
    const painter = createPainter(document, 'x');
    expect(() => painter.paint([{ range: rangeFor(map, 0, 6)!, group: 'other', skill: 'python' }])).not.toThrow();
  });
});

describe('tooltip', () => {
  it('lives in a shadow root and shows skill data as text only', () => {
    const tip = createTooltip(document);
    tip.show(10, 10, { name: '<img src=x onerror="globalThis.__tip=1">', category: 'ml-framework', lean: 'ml', status: 'missing' }, () => undefined);
    expect(tip.host.isConnected).toBe(true);
    // The page sees only the host element: no content, no styles in its DOM.
    expect(tip.host.childNodes.length).toBe(0);
    expect(document.querySelector('img')).toBeNull();
    expect((globalThis as { __tip?: number }).__tip).toBeUndefined();
    tip.destroy();
    expect(tip.host.isConnected).toBe(false);
  });
});
