/**
 * Structural bounds of the analysis on hostile input: how many mentions are kept, how many times
 * compromise runs and how much text each run sees. Wall time lives in `npm run bench`, not here;
 * the suites analyse 200k-character texts, so they get a budget for a loaded machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { POS_BOUNDS, PosStage, type PosTagger, type Tagged } from '../../src/analysis/context';
import { maskedSpans } from '../../src/analysis/matcher';
import { sentenceAround } from '../../src/analysis/sentences';
import { MAX_MENTIONS, scanText } from '../../src/analysis/tagger';

const PROSE = 'We are looking for an engineer to join our team and work with the data platform. ';
/** English around a payload, so the language check lets it through to every stage. */
const wrap = (payload: string): string => PROSE.repeat(12) + payload + '\n' + PROSE.repeat(12);

/** A stand-in for compromise that records what it was given and tags every word a proper noun. */
function recordingTagger(): { tag: PosTagger; windows: string[] } {
  const windows: string[] = [];
  const tag: PosTagger = (window) => {
    windows.push(window);
    const terms: Tagged[] = [];
    for (const m of window.matchAll(/\S+/g)) terms.push({ offset: m.index, length: m[0].length, tags: ['ProperNoun', 'Noun'] });
    return terms;
  };
  return { tag, windows };
}

describe('mentions are bounded', { timeout: 30_000 }, () => {
  it('keeps the first MAX_MENTIONS of a skill named 27,857 times and says how many there were', () => {
    const a = analyze(wrap('Python '.repeat(27_857)));
    expect(a.mentions).toHaveLength(MAX_MENTIONS);
    expect(a.capped).toEqual({ mentionsFound: 27_857 });
    expect(a.skills).toHaveLength(1);
    expect(a.skills[0]).toMatchObject({ id: 'python', count: MAX_MENTIONS });
    expect(a.lean.evidence.find((e) => e.id === 'python')?.count).toBe(MAX_MENTIONS);
  });

  it('sets no flag on an ordinary ad', () => {
    const a = analyze('Requirements:\n- Go, Rust and Python\n- Kotlin for Android\nWe Go to conferences.');
    expect(a.capped).toBeUndefined();
    expect(a.mentions.map((m) => m.skill)).toEqual(['go', 'rust', 'python', 'kotlin', 'android']);
  });
});

describe('the part-of-speech stage is bounded', { timeout: 30_000 }, () => {
  it('tags a 40 kB comma list of "Go" with one bounded window, and the list confirms itself', () => {
    const { tag, windows } = recordingTagger();
    const stage = new PosStage(tag);
    const text = wrap('Hello ' + Array(10_000).fill('Go').join(', ') + ' here');
    const scan = scanText(text, stage);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.length).toBeLessThanOrEqual(POS_BOUNDS.before + POS_BOUNDS.after + 2);
    expect(scan.skills.filter((s) => s.skill === 'go')).toHaveLength(MAX_MENTIONS);
    expect(scan.capped).toEqual({ mentionsFound: 10_000 });
  });

  it('accepts a list confirmed only at its far end ("Go, Go, ... Go programming") without a tagger call', () => {
    const { tag, windows } = recordingTagger();
    const text = wrap('Hello ' + Array(3_000).fill('Go').join(', ') + ' programming');
    const scan = scanText(text, new PosStage(tag));
    expect(windows).toHaveLength(0);
    expect(scan.skills).toHaveLength(3_000);
  });

  it('on 200k characters without punctuation: at most maxCalls calls, each on a few hundred characters, the rest flagged', () => {
    const { tag, windows } = recordingTagger();
    const stage = new PosStage(tag);
    const words = Array.from({ length: 12_000 }, (_, i) => `item${i} Swift Thing${i}`).join(' ');
    const text = wrap(words.slice(0, 200_000));
    const scan = scanText(text, stage);
    expect(stage.calls).toBe(POS_BOUNDS.maxCalls);
    expect(windows).toHaveLength(POS_BOUNDS.maxCalls);
    for (const w of windows) expect(w.length).toBeLessThanOrEqual(POS_BOUNDS.before + POS_BOUNDS.after + 'Swift'.length);
    // Each window serves the hits that have enough context in it: far fewer calls than hits.
    const accepted = scan.skills.filter((s) => s.skill === 'swift').length;
    expect(accepted).toBeGreaterThan(POS_BOUNDS.maxCalls * 2);
    expect(stage.unchecked).toBeGreaterThan(0);
    expect(scan.capped?.uncheckedAmbiguous).toBe(stage.unchecked);
  });

  it('gives every hit `margin` characters of context on each cut side of its window, and shares windows', () => {
    const stage = new PosStage(() => [], { ...POS_BOUNDS, maxCalls: 10_000 });
    const text = Array.from({ length: 300 }, (_, i) => `word${i} Swift thing`).join(' ');
    const hits = [...text.matchAll(/Swift/g)].map((m) => ({ skill: 'swift', start: m.index, end: m.index + 5, needsContext: true }));
    for (const hit of hits) {
      const w = stage.windowFor(text, hit)!;
      expect(w.start).toBeLessThanOrEqual(hit.start);
      expect(w.end).toBeGreaterThanOrEqual(hit.end);
      if (w.cutStart) expect(hit.start - w.start).toBeGreaterThanOrEqual(POS_BOUNDS.margin);
      if (w.cutEnd) expect(w.end - hit.end).toBeGreaterThanOrEqual(POS_BOUNDS.margin);
      expect(w.end - w.start).toBeLessThanOrEqual(POS_BOUNDS.before + POS_BOUNDS.after + 5);
    }
    expect(stage.calls).toBeGreaterThan(1);
    expect(stage.calls).toBeLessThan(hits.length / 5);
  });

  it('tags a sentence repeated down the page once', () => {
    const { tag, windows } = recordingTagger();
    scanText(wrap('We ship Swift delivery to you.\n'.repeat(500)), new PosStage(tag));
    expect(windows).toEqual(['We ship Swift delivery to you.']);
  });

  it('on a 2 MB ad, compromise runs a bounded number of times on bounded windows', () => {
    const { tag, windows } = recordingTagger();
    const stage = new PosStage(tag);
    const text = 'Swift and Go now or later. '.repeat(80_000).slice(0, 200_000);
    scanText(text, stage);
    expect(windows.length).toBeLessThanOrEqual(POS_BOUNDS.maxCalls);
    expect(Math.max(...windows.map((w) => w.length))).toBeLessThanOrEqual(POS_BOUNDS.before + POS_BOUNDS.after + 5);
  });
});

describe('sentence bounds', () => {
  const text = 'First one. Second sentence with Go in it; third part\nNext line e.g. here. End';

  it('finds the same sentence as an unbounded search when the sentence is short', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (at) => {
        const wide = sentenceAround(text, at, at + 1);
        const near = sentenceAround(text, at, at + 1, 200, 200);
        expect(near).toEqual(wide);
        expect(near.cutStart || near.cutEnd).toBe(false);
      }),
    );
  });

  it('stops at the reach in a text without punctuation and says it cut', () => {
    const long = 'word '.repeat(100_000);
    const s = sentenceAround(long, 250_000, 250_004, 100, 150);
    expect(s).toEqual({ start: 249_900, end: 250_154, cutStart: true, cutEnd: true });
    expect(sentenceAround(long, 50, 54, 100, 150).cutStart).toBe(false);
  });
});

describe('masking URLs and e-mail addresses', () => {
  /** What the scan masked before it was made linear: the specification. */
  function byRegex(text: string): [number, number][] {
    const re = /\b(?:https?:\/\/|www\.)[^\s<>"')]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
    return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
  }

  it('masks exactly what the regex did', () => {
    const piece = fc.constantFrom('a', 'B', '7', '_', '@', '.', '+', '-', ' ', '\n', 'http://', 'HTTPS://', 'www.', 'x.io', '"', ')', 'é', 'jo@x.co');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        expect(maskedSpans(t)).toEqual(byRegex(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds an address after a 195 kB word', () => {
    const text = 'x'.repeat(195_000) + ' mail jobs@golang-shop.io today';
    expect(maskedSpans(text)).toEqual([[195_006, 195_025]]);
  });
});
