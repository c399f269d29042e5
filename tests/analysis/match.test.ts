import { describe, expect, it } from 'vitest';
import { analyze, matchProfile, resolveProfile } from '../../src/analysis/index';
import { ad } from './fixtures';

describe('resolveProfile', () => {
  it('maps names and aliases to ids and keeps what it does not know', () => {
    const r = resolveProfile(['PyTorch', 'k8s', 'Postgres, JS', '  node js ', 'Basket weaving', '# a comment', '']);
    expect(r.ids).toEqual(['pytorch', 'kubernetes', 'postgresql', 'javascript', 'nodejs']);
    expect(r.unknown).toEqual(['Basket weaving']);
  });
});

describe('matchProfile', () => {
  const a = analyze(ad('swe-backend'));

  it('lists matched and missing skills, required before preferred', () => {
    const m = matchProfile(a, resolveProfile(['Java', 'Docker', 'Kafka']).ids);
    expect(m.matched).toEqual(expect.arrayContaining(['java', 'docker', 'kafka']));
    expect(m.missing).not.toContain('java');
    const required = new Set(a.skills.filter((s) => s.required).map((s) => s.id));
    const firstOptional = m.missing.findIndex((id) => !required.has(id));
    if (firstOptional >= 0) expect(m.missing.slice(firstOptional).every((id) => !required.has(id))).toBe(true);
    expect(m.matched.indexOf('java')).toBeLessThan(m.matched.indexOf('kafka'));
  });

  it('scores between 0 and 1, rising as the profile grows', () => {
    const none = matchProfile(a, []).score;
    const some = matchProfile(a, ['java']).score;
    const all = matchProfile(a, a.skills.map((s) => s.id)).score;
    expect(none).toBe(0);
    expect(some).toBeGreaterThan(0);
    expect(all).toBe(1);
    expect(some).toBeLessThan(all);
  });

  it('weights required skills above nice-to-haves', () => {
    const text = 'Requirements\n- Java\n\nNice to have\n- Kafka\n';
    const b = analyze(text);
    expect(matchProfile(b, ['java']).score).toBeGreaterThan(matchProfile(b, ['kafka']).score);
  });

  it('counts implied skills: Django implies Python', () => {
    const b = analyze('Requirements: strong Python.');
    expect(matchProfile(b, ['django']).matched).toEqual(['python']);
  });

  it('answers a broader requirement only through the lexicon: PyTorch covers deep learning frameworks', () => {
    const b = analyze('Requirements: experience with deep learning frameworks.');
    const id = b.skills[0]!.id;
    expect(matchProfile(b, ['pytorch']).matched).toEqual([id]);
    expect(matchProfile(b, ['react']).matched).toEqual([]);
  });

  it('leaves skills named only in the company blurb or benefits out of the missing list', () => {
    const b = analyze('Requirements\n- Java\n\nAbout us\nWe are the company behind a popular Rust web framework.');
    expect(matchProfile(b, []).missing).toEqual(['java']);
  });
});
