import { describe, expect, it } from 'vitest';
import { MODEL } from '../../src/analysis/lean';
import { leanInputsHash } from '../../src/analysis/lean-inputs';

describe('lean weights', () => {
  it('were fitted on the lexicon, cues and roles in the repo (refresh: npm run fit -- --corpus ../shared/corpus)', () => {
    expect(MODEL.inputsHash, 'src/analysis/lean-weights.json is stale: run `npm run fit -- --corpus ../shared/corpus`').toBe(leanInputsHash());
  });

  it('the fingerprint changes when the data does', async () => {
    const { LEXICON_FILES } = await import('../../src/analysis/lexicon-data');
    const before = leanInputsHash();
    const list = LEXICON_FILES['language']!;
    const saved = list[0]!.weight;
    list[0]!.weight = saved + 1;
    try {
      expect(leanInputsHash()).not.toBe(before);
    } finally {
      list[0]!.weight = saved;
    }
    expect(leanInputsHash()).toBe(before);
  });
});
