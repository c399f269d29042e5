import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { matchProfile, resolveProfile } from '../../src/analysis/match';
import { linkBetween } from '../../src/analysis/requirements/alternatives';
import { describeEducation } from '../../src/analysis/requirements/education';
import { parseCount } from '../../src/analysis/requirements/years';
import type { Requirement } from '../../src/analysis/types';

const reqs = (text: string): Requirement[] => analyze(text).requirements;
const shape = (r: Requirement): string => `${r.kind}:${r.skills.join('|')}${r.years !== undefined ? `@${r.years}` : ''}`;

describe('alternatives', () => {
  it('reads the link between two names', () => {
    expect(linkBetween(' or ')).toBe('or');
    expect(linkBetween('/')).toBe('or');
    expect(linkBetween(', ')).toBe('comma');
    expect(linkBetween(' and ')).toBe('and');
    expect(linkBetween(' (')).toBe('example');
    expect(linkBetween(' framework such as ')).toBe('example');
    expect(linkBetween(' experience building large ')).toBeNull();
  });

  it('groups "X, Y or Z" and "X/Y", keeps "and" lists apart', () => {
    expect(reqs('Requirements\n- Go, Java or Kotlin\n- AWS/Azure\n- Docker and Kubernetes\n').map(shape)).toEqual([
      'one-of:go|java|kotlin',
      'one-of:aws|azure',
      'skill:docker',
      'skill:kubernetes',
    ]);
  });

  it('reads "one of", "such as (A, B)" and "or similar"', () => {
    const r = reqs('Requirements\n- At least one of Python, Go and Rust.\n- A cloud provider such as AWS, GCP or Azure.\n- Jenkins or similar tools.\n').map(shape);
    expect(r[0]).toBe('one-of:python|go|rust');
    expect(r[1]).toBe('one-of:cloud-computing|aws|gcp|azure');
    expect(r[2]).toMatch(/^one-of:jenkins\|/);
  });
});

describe('years of experience', () => {
  it('ties years to the skill the sentence names, or to the role', () => {
    const r = reqs('Requirements\n- 5+ years of Python.\n- At least two years’ experience with React.\n- Go (3 years).\n- 7 years of professional experience.\n').map(shape);
    expect(r).toEqual(['experience:python@5', 'experience:react@2', 'experience:go@3', 'experience:@7']);
  });

  it('does not read a company age or a contract length as experience', () => {
    const r = reqs('Requirements\n- Python. We were founded 10 years ago and offer a 2-year contract.\n');
    expect(r.some((x) => x.years !== undefined)).toBe(false);
  });

  it('parses counts written as words', () => {
    expect(parseCount('two')).toBe(2);
    expect(parseCount('12')).toBe(12);
  });
});

describe('education', () => {
  it('reads the degree and its fields as one requirement, never as missing skills', () => {
    const a = analyze('Requirements\n- MS or PhD in Statistics, Economics, Operations Research or a related field.\n- Python.\n');
    const edu = a.requirements.find((r) => r.kind === 'education')!;
    expect(edu.skills).toEqual(expect.arrayContaining(['statistics', 'economics', 'operations-research']));
    expect(describeEducation(edu.text).levels).toEqual(['master', 'phd']);
    expect(matchProfile(a, ['python']).missing).toEqual([]);
  });

  it('notes "or equivalent experience"', () => {
    const edu = reqs('Requirements\n- Bachelor’s degree in Computer Science or equivalent experience.\n').find((r) => r.kind === 'education')!;
    expect(describeEducation(edu.text)).toEqual({ levels: ['bachelor'], equivalentExperience: true });
  });
});

describe('negation and scope', () => {
  it('sets aside what the ad says is not needed', () => {
    const a = analyze('Requirements\n- Strong Go.\n- No Java needed.\n- You don’t need to know Rust.\n- Kubernetes is not required, but Docker is.\n');
    expect(a.notCounted.filter((n) => n.reason === 'negated').map((n) => n.skill).sort()).toEqual(['java', 'kubernetes', 'rust']);
    expect(matchProfile(a, []).missing.sort()).toEqual(['docker', 'go']);
  });

  it('sets aside company voice, names, collaborators, AI tools and perks', () => {
    const a = analyze(
      'Torch Technologies is hiring. Our backend is written in Elixir.\nResponsibilities\n- Work closely with our data platform engineers.\n- Leverage AI tools every day.\nRequirements\n- TypeScript\n\nPerks\n- Free courses on Kubernetes\n',
    );
    const why = Object.fromEntries(a.notCounted.map((n) => [n.skill, n.reason]));
    expect(why).toMatchObject({ pytorch: 'name', elixir: 'company', 'artificial-intelligence': 'tool-use', kubernetes: 'benefits' });
    expect(matchProfile(a, []).missing).toEqual(['typescript']);
  });

  it('counts a generic activity only when asked as a skill', () => {
    expect(analyze('Requirements\n- Python\n- You will own deployment and documentation.\n').notCounted.map((n) => n.reason)).toEqual(['generic', 'generic']);
    expect(reqs('Requirements\n- Experience in software testing.\n').map(shape)).toEqual(['skill:testing']);
  });
});

describe('the match over requirements', () => {
  it('counts a met group once and lists only unmet requirements', () => {
    const a = analyze('Requirements\n- PyTorch or TensorFlow\n- Kubernetes\n');
    const m = matchProfile(a, resolveProfile(['PyTorch']).ids);
    expect(m.missing).toEqual(['kubernetes']);
    expect(m.groups).toEqual([expect.objectContaining({ skills: ['pytorch', 'tensorflow'], matched: ['pytorch'], met: true, required: true })]);
    // One met group against one unmet skill of similar weight: about half, not two thirds.
    expect(m.score).toBeGreaterThan(0.3);
    expect(m.score).toBeLessThan(0.66);
    const none = matchProfile(a, []);
    expect(none.groups[0]!.met).toBe(false);
    expect(none.missing.sort()).toEqual(['kubernetes', 'pytorch', 'tensorflow']);
  });

  it('answers a broader requirement with a narrower skill', () => {
    const a = analyze('Requirements\n- Cloud computing\n- Gradient boosting\n- SQL\n- APIs\n- Back-end development\n- Deep learning\n');
    expect(matchProfile(a, resolveProfile(['AWS', 'XGBoost', 'PostgreSQL', 'gRPC', 'Java', 'JAX']).ids).missing).toEqual([]);
  });

  it('falls back to the company text at a discount when the job itself names no skill', () => {
    const a = analyze('About us\nOur stack is Go and PostgreSQL.\n\nThe role\nYou will learn from senior engineers.\n');
    expect(a.requirements.map(shape)).toEqual(['skill:go', 'skill:postgresql']);
    expect(a.requirements.every((r) => !r.required)).toBe(true);
  });
});
