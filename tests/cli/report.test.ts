import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { matchProfile, resolveProfile } from '../../src/analysis/match';
import { toJson, toText } from '../../src/cli/report';

const text =
  'Requirements\n- PyTorch or TensorFlow\n- 5+ years of Python\n- MS or PhD in Statistics or a related field, or equivalent experience\n- No Java needed\n\nNice to have\n- Kubernetes\n\nPerks\n- Free courses on AWS\n';

describe('the CLI report over requirements', () => {
  const analysis = analyze(text);
  const match = matchProfile(analysis, resolveProfile(['PyTorch', 'Python']).ids);

  it('adds requirements, match.groups and skills[].required after the match to the JSON', () => {
    const o = JSON.parse(toJson({ id: 'ad', analysis, match }));
    expect(o.requirements).toContainEqual({
      kind: 'one-of',
      skills: ['pytorch', 'tensorflow'],
      required: true,
      section: 'required',
      start: text.indexOf('PyTorch'),
      end: text.indexOf('PyTorch') + 'PyTorch or TensorFlow'.length,
      text: 'PyTorch or TensorFlow',
    });
    expect(o.requirements).toContainEqual(expect.objectContaining({ kind: 'experience', skills: ['python'], years: 5 }));
    expect(o.requirements.find((r: { kind: string }) => r.kind === 'education')).toBeDefined();
    for (const r of o.requirements) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(o.match.groups).toEqual([expect.objectContaining({ skills: ['pytorch', 'tensorflow'], met: true })]);
    expect(o.match.missing).toEqual(['kubernetes']);
    // TensorFlow only appears as the alternative of a met group: not required once matched.
    expect(o.skills.find((s: { id: string }) => s.id === 'tensorflow').required).toBe(false);
    expect(o.skills.find((s: { id: string }) => s.id === 'python').required).toBe(true);
  });

  it('prints requirements in order, groups with ticks, years, education and what was not counted', () => {
    const out = toText({ id: 'ad', analysis, match });
    const lines = out.split('\n');
    const at = (needle: string): number => lines.findIndex((l) => l.includes(needle));
    expect(at('one of: PyTorch ✓ · TensorFlow')).toBeGreaterThan(0);
    expect(at('Python ✓ (5+ years)')).toBeGreaterThan(0);
    expect(at("Education: Master's or PhD in Statistics (or equivalent experience)")).toBeGreaterThan(0);
    // Required first, then optional.
    expect(at('optional  Kubernetes')).toBeGreaterThan(at('Python ✓ (5+ years)'));
    expect(at('Java — the ad says it is not needed')).toBeGreaterThan(at('Not counted:'));
    expect(at('AWS — a perk or benefit')).toBeGreaterThan(at('Not counted:'));
  });
});
