import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, matchProfile } from '../../src/analysis/index';
import { findSkill, lexicon } from '../../src/analysis/lexicon';
import { POS_BOUNDS, PosStage } from '../../src/analysis/context';
import { splitSections } from '../../src/analysis/sections';
import { MAX_MENTIONS, scanText } from '../../src/analysis/tagger';
import type { Analysis } from '../../src/analysis/types';

/** Text built from real skill spellings, glue words and hostile characters. */
const spellings = lexicon.skills.flatMap((s) => [s.name, ...(s.aliases ?? []), ...(s.cased ?? [])]).slice(0, 4000);
const glue = ['and', ',', '/', '.', 'Requirements:', '\n', 'Nice to have', 'go to', 'R&D', 'C-level', 'experience with', '-', '•', 'https://x.io/python', 'a@b.co'];
const odd = ['\u0000', '\u200b', '\u202e', '\u0301', 'Ｐｙｔｈｏｎ', '🙂', 'İ', 'ß', '\uFEFF', 'مرحبا', '\r\n', '\t'];
const token = fc.oneof(fc.constantFrom(...spellings), fc.constantFrom(...glue), fc.constantFrom(...odd), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const adText = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(' '));

function checkInvariants(text: string, a: Analysis): void {
  expect(a.text).toBe(text);
  let last = 0;
  for (const m of a.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(last); // sorted, non-overlapping
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    last = m.end;
    // The mention's text, less a version ("Python 3"), is a spelling of its skill.
    const said = text.slice(m.start, m.end);
    const skill = findSkill(said) ?? findSkill(said.replace(/ ?v?\d+(?:\.(?:\d+|x))*\+?$/, ''));
    expect(skill?.id, `${JSON.stringify(said)} as ${m.skill}`).toBe(m.skill);
  }
  expect(a.lean.ml).toBeGreaterThanOrEqual(0);
  expect(a.lean.ml).toBeLessThanOrEqual(1);
  const counts = new Map<string, number>();
  for (const m of a.mentions) counts.set(m.skill, (counts.get(m.skill) ?? 0) + 1);
  for (const s of a.skills) expect(s.count).toBe(counts.get(s.id));
}

describe('analysis properties', () => {
  it('never throws, is deterministic, and keeps mentions sorted, disjoint, inside the text and true to their skill', () => {
    fc.assert(
      fc.property(adText, (text) => {
        const a = analyze(text);
        checkInvariants(text, a);
        expect(analyze(text)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('survives arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('sections always tile the text', () => {
    fc.assert(
      fc.property(adText, (text) => {
        const sections = splitSections(text);
        let pos = 0;
        for (const s of sections) {
          expect(s.start).toBe(pos);
          pos = s.end;
        }
        expect(pos).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('matching scores stay in 0..1 and split the ad\'s skills into matched and missing', () => {
    fc.assert(
      fc.property(adText, fc.subarray(lexicon.skills.map((s) => s.id), { maxLength: Math.min(30, lexicon.skills.length) }), (text, profile) => {
        const a = analyze(text);
        const m = matchProfile(a, profile);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(new Set([...m.matched, ...m.missing]).size).toBe(m.matched.length + m.missing.length);
      }),
      { numRuns: 200 },
    );
  });

  it('the part-of-speech bounds change nothing on texts within them, and always hold', () => {
    const unbounded = { maxCalls: Infinity, before: Infinity, after: Infinity, margin: 0 };
    fc.assert(
      fc.property(adText, (text) => {
        const windows: string[] = [];
        const bounded = new PosStage(undefined, POS_BOUNDS);
        const spy = new PosStage((w) => (windows.push(w), []), POS_BOUNDS);
        scanText(text, spy);
        expect(windows.length).toBeLessThanOrEqual(POS_BOUNDS.maxCalls);
        // adText hits are short spellings: a window is the hit plus the reach on both sides.
        for (const w of windows) expect(w.length).toBeLessThanOrEqual(POS_BOUNDS.before + POS_BOUNDS.after + 80);
        // No sentence longer than the reach: nothing to cut, so exactly what an unbounded stage finds.
        const sentences = text.split(/[\n\u2022]|[.!?;][ \t]/);
        if (sentences.every((x) => x.length < POS_BOUNDS.before)) expect(scanText(text, bounded)).toEqual(scanText(text, new PosStage(undefined, unbounded)));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps at most MAX_MENTIONS mentions, and says when it cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_MENTIONS - 3, max: MAX_MENTIONS + 3 }), (n) => {
        const a = analyze('We use Rust, '.repeat(n) + 'and you will work with the team.');
        expect(a.mentions).toHaveLength(Math.min(n, MAX_MENTIONS));
        expect(a.capped?.mentionsFound).toBe(n > MAX_MENTIONS ? n : undefined);
      }),
      { numRuns: 7 },
    );
  }, 30_000);

  it('cuts a 2 MB ad and says so, instead of stalling', () => {
    const big = 'Requirements: Python, Kubernetes and PyTorch. '.repeat(45_000);
    const a = analyze(big);
    expect(a.truncated).toEqual({ analysedChars: 200_000, totalChars: big.length });
    expect(a.mentions.every((m) => m.end <= 200_000)).toBe(true);
    expect(a.mentions.length).toBeGreaterThan(1000);
  }, 30_000);

  it('says a non-English ad is unsupported instead of reporting nonsense', () => {
    const german = 'Wir suchen eine erfahrene Entwicklerin für unser Team in Berlin. Du entwickelst neue Funktionen, arbeitest eng mit dem Produktteam zusammen und sorgst für die Qualität unserer Software. Deine Aufgaben sind vielfältig und spannend, und du bekommst viel Verantwortung.';
    const a = analyze(german);
    expect(a.unsupportedLanguage).toBe(true);
    expect(a.skills).toEqual([]);
    expect(analyze('We are looking for an experienced engineer to join the team and build Python services with us.').unsupportedLanguage).toBeUndefined();
  });
});
