import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { ad } from './fixtures';

describe('lean: hand-written ads, description only', () => {
  it('an ML engineer ad leans ML', () => {
    const a = analyze(ad('ml-engineer'));
    expect(a.lean.label).toBe('ml');
    expect(a.lean.ml).toBeGreaterThan(0.8);
  });

  it('a data scientist ad leans ML', () => {
    const a = analyze(ad('data-scientist'));
    expect(a.lean.ml).toBeGreaterThan(0.6);
    expect(['ml', 'hybrid']).toContain(a.lean.label);
  });

  it('a backend and a frontend ad lean SWE', () => {
    for (const name of ['swe-backend', 'frontend']) {
      const a = analyze(ad(name));
      expect(a.lean.label, name).toBe('swe');
      expect(a.lean.ml, name).toBeLessThan(0.2);
    }
  });

  it('an ML platform ad is hybrid', () => {
    expect(analyze(ad('hybrid-mlops')).lean.label).toBe('hybrid');
  });

  it('a nurse ad is not a tech posting', () => {
    expect(analyze(ad('nurse')).lean.label).toBe('none');
  });

  it('gives the evidence: skills and phrases with signed weights', () => {
    const { evidence } = analyze(ad('ml-engineer')).lean;
    expect(evidence.length).toBeGreaterThan(3);
    expect(evidence.map((e) => e.id)).toContain('pytorch');
    const pytorch = evidence.find((e) => e.id === 'pytorch')!;
    expect(pytorch.weight).toBeGreaterThan(0);
    const swe = analyze(ad('frontend')).lean.evidence.find((e) => e.id === 'react')!;
    expect(swe.weight).toBeLessThan(0);
    // Sorted by strength.
    for (let i = 1; i < evidence.length; i++) expect(Math.abs(evidence[i]!.weight)).toBeLessThanOrEqual(Math.abs(evidence[i - 1]!.weight));
  });

  it('ignores skills in the company blurb, benefits and EEO text', () => {
    const core = 'Requirements\n- Java, Spring Boot and REST APIs\n- Kafka and PostgreSQL\n';
    const withBlurb = `${core}\nAbout us\nWe are the team behind a well-known PyTorch and TensorFlow deep learning research lab.\n`;
    expect(analyze(withBlurb).lean.ml).toBeCloseTo(analyze(core).lean.ml, 5);
  });

  it('uses the title when the page gives one', () => {
    const text = 'Requirements\n- Python and SQL\n- Docker\n';
    expect(analyze(text, { title: 'Machine Learning Engineer' }).lean.ml).toBeGreaterThan(analyze(text).lean.ml);
    expect(analyze(text, { title: 'Backend Software Engineer' }).lean.ml).toBeLessThan(analyze(text).lean.ml);
  });
});
