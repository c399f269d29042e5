import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/analysis/types';

describe('types', () => {
  it('lists categories', () => {
    expect(CATEGORIES).toContain('language');
  });
});
