/**
 * Hand-written ads (tests/analysis/ads/*.txt, written for these tests) read as a careful job seeker
 * would: each with a profile and the skills that reader would call missing. The table
 * (ads/cases.json) is data; add a case by adding an ad and a row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseParts, analyze } from '../../src/analysis/analyze';
import { matchProfile, resolveProfile } from '../../src/analysis/match';
import { extractRequirements } from '../../src/analysis/requirements/index';
import type { NotCountedReason, Requirement } from '../../src/analysis/types';

interface Case {
  ad: string;
  profile: string[];
  missing: string[];
  notRequired?: string[];
  required?: string[];
  notCounted?: Record<string, NotCountedReason>;
  years?: Record<string, number>;
  education?: boolean;
  groups?: string[][];
  /** Expected lean.role.family (checked once the analysis reports a role). */
  role?: string;
  /** Read through the core parts (sections, tagger, requirements), below the language gate. */
  core?: boolean;
}

const dir = new URL('./ads/', import.meta.url);
const { cases } = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as { cases: Case[] };
const adText = (name: string): string => readFileSync(new URL(`${name}.txt`, dir), 'utf8');

function read(c: Case, text: string) {
  if (!c.core) return analyze(text);
  const parts = analyseParts(text);
  return { ...parts, skills: [], ...extractRequirements(text, parts.sections, parts.mentions), lean: undefined };
}

const requiredBy = (requirements: readonly Requirement[], id: string): boolean =>
  requirements.some((r) => r.required && r.kind !== 'education' && r.skills.includes(id));

describe('hand-written ads: what a careful reader calls missing', () => {
  it('has at least 40 ads, each with its text', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) expect(adText(c.ad).length, c.ad).toBeGreaterThan(80);
  });

  it.each(cases.map((c) => [c.ad, c] as const))('%s', (_, c) => {
    const text = adText(c.ad);
    const profile = resolveProfile(c.profile);
    expect(profile.unknown, 'profile lines the lexicon does not know').toEqual([]);
    const a = read(c, text);
    const m = matchProfile(a, profile.ids);
    expect([...m.missing].sort()).toEqual([...c.missing].sort());

    for (const id of c.required ?? []) expect(requiredBy(a.requirements, id), `${id} required`).toBe(true);
    for (const id of c.notRequired ?? []) expect(requiredBy(a.requirements, id), `${id} not required`).toBe(false);
    if (!c.core && 'found' in a) {
      // The skill list says the same as the requirements.
      for (const id of c.notRequired ?? []) expect(a.skills.find((s) => s.id === id)?.required ?? false, `${id} in skills[]`).toBe(false);
    }
    for (const [id, reason] of Object.entries(c.notCounted ?? {})) {
      expect(a.notCounted.filter((n) => n.skill === id).map((n) => n.reason), `why ${id} is not counted`).toContain(reason);
      expect(m.missing).not.toContain(id);
    }
    for (const [id, years] of Object.entries(c.years ?? {})) {
      expect(a.requirements.find((r) => r.skills.includes(id) && r.years !== undefined)?.years, `years of ${id}`).toBe(years);
    }
    if (c.education !== undefined) expect(a.requirements.some((r) => r.kind === 'education')).toBe(c.education);
    for (const g of c.groups ?? []) {
      const group = m.groups.find((x) => g.every((id) => x.skills.includes(id)));
      expect(group, `group ${g.join('|')}`).toBeDefined();
      expect(group!.met).toBe(true);
    }
    if (c.role && !c.core && 'found' in a) {
      const role = (a.lean as { role?: { family: string } }).role;
      if (role) expect(role.family).toBe(c.role);
    }
  });
});
