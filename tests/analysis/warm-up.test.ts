import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { PosStage } from '../../src/analysis/context';
import { scanText } from '../../src/analysis/tagger';
import { WARM_UP_AD, warmUp } from '../../src/analysis/warm-up';

describe('warm-up of a fresh service worker', () => {
  it('runs the whole analysis on its sample without starting compromise', () => {
    const stage = new PosStage(() => {
      throw new Error('the warm-up must not need part of speech');
    });
    expect(scanText(WARM_UP_AD, stage).skills.length).toBeGreaterThan(5);
    expect(stage.calls).toBe(0);
    const a = analyze(WARM_UP_AD);
    expect(a.sections.some((s) => s.kind === 'required')).toBe(true);
    expect(a.lean.label).not.toBe('none');
    expect(() => warmUp()).not.toThrow();
  });
});
