/** The "Add a skill" ranking: an exact name, alias or short form wins; prefixes follow; unknown text is offered as typed. */
import { describe, expect, it } from 'vitest';
import { categoryName, groupByCategory } from '../../src/design/categories';
import { rankSkills, suggestionsFor } from '../../src/ui/typeahead';

const first = (text: string): string | undefined => rankSkills(text)[0]?.name;
const ids = (text: string): string[] => rankSkills(text, 20).map((s) => s.id);

describe('type-ahead ranking', () => {
  it.each([
    ['JS', 'JavaScript'],
    ['js', 'JavaScript'],
    ['Spark', 'Apache Spark'],
    ['ML', 'Machine learning'],
    ['TS', 'TypeScript'],
    ['LLM', 'Large language models'],
    ['CV', 'Computer vision'],
    ['k8s', 'Kubernetes'],
    ['postgres', 'PostgreSQL'],
    ['Java', 'Java'],
  ])('%s -> %s first', (typed, name) => {
    expect(first(typed)).toBe(name);
  });

  it('"pyt" offers Python before pytest and PyTorch', () => {
    const list = ids('pyt');
    expect(list[0]).toBe('python');
    expect(list).toContain('pytest');
    expect(list.indexOf('python')).toBeLessThan(list.indexOf('pytest'));
  });

  it('keeps the prefix matches after the exact one (Spark MLlib still offered for Spark)', () => {
    const list = ids('Spark');
    expect(list[0]).toBe('spark');
    expect(list).toContain('mllib');
  });

  it('offers nothing for blank text', () => {
    expect(rankSkills('   ')).toEqual([]);
    expect(suggestionsFor(' ', { skills: [], custom: [] })).toEqual([]);
  });
});

describe('type-ahead suggestions', () => {
  it('marks a skill the profile already has', () => {
    const [top] = suggestionsFor('JS', { skills: ['javascript'], custom: [] });
    expect(top).toMatchObject({ kind: 'skill', exact: true, have: true });
  });

  it('offers unknown text as your own skill, last, and only when nothing matches exactly', () => {
    const s = suggestionsFor('Basket weaving', { skills: [], custom: [] });
    expect(s.at(-1)).toEqual({ kind: 'custom', text: 'Basket weaving', have: false });
    expect(suggestionsFor('JS', { skills: [], custom: [] }).some((x) => x.kind === 'custom')).toBe(false);
    expect(suggestionsFor('basket WEAVING', { skills: [], custom: ['Basket weaving'] }).at(-1)).toMatchObject({ kind: 'custom', have: true });
  });

  it('a prefix is not exact: "pyt" is offered as typed too', () => {
    const s = suggestionsFor('pyt', { skills: [], custom: [] });
    expect(s[0]).toMatchObject({ kind: 'skill', exact: false });
    expect(s.at(-1)).toMatchObject({ kind: 'custom', text: 'pyt' });
  });
});

describe('categories from data', () => {
  it('has display names and groups in display order, names sorted', () => {
    expect(categoryName('ml-concept')).toBe('Machine learning');
    expect(categoryName('math-statistics')).toBe('Maths and statistics');
    const groups = groupByCategory(
      [
        { n: 'pytest', c: 'testing' },
        { n: 'Rust', c: 'language' },
        { n: 'go', c: 'language' },
      ],
      (x) => x.c,
      (x) => x.n,
    );
    expect(groups.map((g) => g.name)).toEqual(['Programming languages', 'Testing']);
    expect(groups[0]!.items.map((x) => x.n)).toEqual(['go', 'Rust']);
  });
});
