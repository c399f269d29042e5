import { describe, expect, it } from 'vitest';
import { sightingOf } from '../../src/journal/sighting';

describe('an analysis as a journal sighting', () => {
  const analysed = {
    url: 'https://jobs.example/1',
    board: 'Lever',
    title: '  ML Engineer  ',
    company: 'Acme',
    lean: { label: 'ml' as const, ml: 0.8765, role: { family: 'ml-engineering', reason: 'the title says so' } },
    skills: [
      { id: 'pytorch', name: 'PyTorch', section: 'required', required: true },
      { id: 'spark', name: 'Apache Spark', section: 'preferred', required: false },
      { id: 'kubernetes', name: 'Kubernetes', section: 'about', required: false },
    ],
    requirements: [
      { kind: 'one-of', skills: ['pytorch', 'tensorflow'], required: true, text: 'PyTorch or TensorFlow', start: 0, end: 10 },
      { kind: 'experience', skills: ['python'], required: true, years: 3, text: '3+ years of Python' },
      { kind: 'education', skills: ['statistics'], required: false, text: 'MS in Statistics' },
      { kind: 'made-up', skills: [], required: true, text: '?' },
    ],
    match: { score: 0.5, matched: ['pytorch'], missing: ['spark'], groups: [{ skills: ['pytorch', 'tensorflow'], matched: ['pytorch'], met: true, required: true, start: 0, end: 1, text: 'x' }] },
    text: 'the whole ad',
  };

  it('keeps the skills asked of the reader (not the company blurb), the requirements, the role family and the groups', () => {
    const s = sightingOf(analysed, false);
    expect(s.title).toBe('ML Engineer');
    expect(s.skills).toEqual([
      { id: 'pytorch', name: 'PyTorch', required: true, preferred: false },
      { id: 'spark', name: 'Apache Spark', required: false, preferred: true },
    ]);
    expect(s.requirements.map((r) => [r.kind, r.years ?? null])).toEqual([
      ['one-of', null],
      ['experience', 3],
      ['education', null],
    ]);
    expect(s.lean).toEqual({ label: 'ml', ml: 0.88, role: 'ml-engineering' });
    expect(s.match?.groups).toEqual([{ skills: ['pytorch', 'tensorflow'], met: true, required: true }]);
    expect(s.text).toBeUndefined();
  });

  it('keeps the text only when asked, and works without the optional fields', () => {
    expect(sightingOf(analysed, true).text).toBe('the whole ad');
    const bare = sightingOf({ url: 'u', board: null, title: null, lean: { label: 'swe', ml: 0.1 }, skills: [] }, true);
    expect(bare).toMatchObject({ requirements: [], match: null, lean: { role: null }, company: null });
  });
});
