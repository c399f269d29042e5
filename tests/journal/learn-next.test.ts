import { describe, expect, it } from 'vitest';
import { describeLearnNext, learnNext } from '../../src/journal/learn-next';
import { entry, nice, req, role } from './helpers';

describe('learn next', () => {
  const ads = [
    entry('a', [req('kubernetes', 'Kubernetes'), req('python', 'Python'), nice('go', 'Go')], { day: 1 }),
    entry('b', [req('kubernetes', 'Kubernetes'), nice('terraform', 'Terraform')], { day: 2 }),
    entry('c', [nice('kubernetes', 'Kubernetes'), req('go', 'Go')], { day: 3 }),
    entry('d', [req('java', 'Java'), role('docker', 'Docker')], { day: 4 }),
  ];

  it('ranks the skill most ads require first, with its counts and ads (newest first)', () => {
    const ranking = learnNext(ads, new Set(['python']));
    expect(ranking[0]).toMatchObject({ id: 'kubernetes', required: 2, niceToHave: 1, inRole: 0, ads: ['c', 'b', 'a'] });
    expect(describeLearnNext(ranking[0]!, ads.length)).toBe('Kubernetes: required in 2 of your 4 ads, nice to have in 1');
  });

  it('weights a must above a nice-to-have: one required ad beats one preferred ad', () => {
    const ranking = learnNext([entry('x', [req('java', 'Java'), nice('go', 'Go')])], new Set());
    expect(ranking.map((i) => i.id)).toEqual(['java', 'go']);
  });

  it('never ranks what the profile covers', () => {
    const ranking = learnNext(ads, new Set(['kubernetes', 'python']));
    expect(ranking.map((i) => i.id)).not.toContain('kubernetes');
    expect(ranking[0]!.id).toBe('go');
  });

  it('counts a member of a group of alternatives for a share, and not at all once the group is met', () => {
    const group = { kind: 'one-of' as const, skills: ['pytorch', 'tensorflow'], required: true, text: 'PyTorch or TensorFlow' };
    const withGroup = [entry('g1', [req('pytorch', 'PyTorch'), req('tensorflow', 'TensorFlow'), req('sql', 'SQL')], { requirements: [group] })];
    const open = learnNext(withGroup, new Set());
    expect(open[0]!.id).toBe('sql');
    expect(open.find((i) => i.id === 'pytorch')!.score).toBe(0.5);
    const met = learnNext(withGroup, new Set(['tensorflow']));
    expect(met.map((i) => i.id)).toEqual(['sql']);
  });

  it('is empty for an empty journal', () => {
    expect(learnNext([], new Set())).toEqual([]);
  });
});
