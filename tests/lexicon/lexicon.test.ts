/**
 * Validates the skill lexicon as data: reads lexicon/skills/*.json directly (not through
 * src/analysis/lexicon.ts), so a broken file fails here with the offending ids named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILES } from '../../src/analysis/lexicon-data';
import { aliasKey } from '../../src/analysis/normalize';
import { CATEGORIES, type SkillEntry } from '../../src/analysis/types';

const root = join(__dirname, '..', '..', 'lexicon');
const dir = join(root, 'skills');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const byFile = new Map<string, SkillEntry[]>(files.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as SkillEntry[]]));
const skills = [...byFile.values()].flat();
const ids = new Set(skills.map((s) => s.id));

/** Every spelling a skill claims: its name, aliases and cased forms. */
const spellings = (s: SkillEntry): string[] => [s.name, ...(s.aliases ?? []), ...(s.cased ?? [])];

/** The first offenders, one a line, for failure messages. */
const list = (bad: string[]): string => (bad.length ? `${bad.length} problem(s):\n  ${bad.slice(0, 40).join('\n  ')}` : '');

describe('the lexicon', () => {
  it('has one file per category, each an array, each registered in src/analysis/lexicon-data.ts', () => {
    const bad = files.filter((f) => !(CATEGORIES as readonly string[]).includes(f.replace(/\.json$/, '')));
    expect(list(bad), 'files not named after a category').toBe('');
    const notArrays = [...byFile].filter(([, v]) => !Array.isArray(v)).map(([f]) => f);
    expect(list(notArrays), 'files that are not JSON arrays').toBe('');
    // A category file the bundle does not import would silently drop its skills.
    expect(Object.keys(LEXICON_FILES).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')));
  });

  it('has at least 800 skills', () => {
    expect(skills.length).toBeGreaterThanOrEqual(800);
  });

  it('follows the schema', () => {
    const bad: string[] = [];
    const allowed = new Set(['id', 'name', 'category', 'lean', 'weight', 'aliases', 'cased', 'ambiguous', 'implies', 'broader', 'generic']);
    for (const [file, entries] of byFile) {
      for (const s of entries) {
        const where = `${file}: ${s.id}`;
        if (typeof s.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id)) bad.push(`${where}: id must be kebab-case`);
        if (typeof s.name !== 'string' || !s.name.trim()) bad.push(`${where}: empty name`);
        if (`${s.category}.json` !== file) bad.push(`${where}: category ${s.category} in the wrong file`);
        if (!['ml', 'swe', 'both'].includes(s.lean)) bad.push(`${where}: lean ${s.lean}`);
        if (typeof s.weight !== 'number' || !(s.weight >= 0 && s.weight <= 3)) bad.push(`${where}: weight ${s.weight} not in 0..3`);
        for (const key of Object.keys(s)) if (!allowed.has(key)) bad.push(`${where}: unknown field ${key}`);
        for (const field of ['aliases', 'cased', 'implies', 'broader'] as const) {
          const v = s[field];
          if (v !== undefined && (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !x.trim())))
            bad.push(`${where}: ${field} must be a non-empty array of non-empty strings`);
        }
        if (s.ambiguous !== undefined && s.ambiguous !== true) bad.push(`${where}: ambiguous is true or absent`);
      }
      const sorted = entries.map((s) => s.id).sort();
      if (sorted.join() !== entries.map((s) => s.id).join()) bad.push(`${file}: entries not sorted by id`);
    }
    expect(list(bad)).toBe('');
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const dupes = skills.filter((s) => (seen.has(s.id) ? true : (seen.add(s.id), false))).map((s) => s.id);
    expect(list(dupes)).toBe('');
  });

  it('lets no spelling be claimed by two skills (aliasKey over names, aliases and cased forms)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of skills) {
      for (const key of new Set(spellings(s).map(aliasKey))) {
        const other = owner.get(key);
        if (other !== undefined && other !== s.id) clashes.push(`"${key}": ${other} and ${s.id}`);
        else owner.set(key, s.id);
      }
    }
    expect(list(clashes)).toBe('');
  });

  it('lists no spelling twice within a skill (case, hyphen and space variants need no listing)', () => {
    const fold = (x: string): string => x.normalize('NFKC').toLowerCase().replace(/[\s\-_]+/g, ' ').trim();
    const bad: string[] = [];
    for (const s of skills) {
      // With `cased` set the name is not matched by itself, so an alias may repeat it.
      const seen = new Set(s.cased ? [] : [fold(s.name)]);
      for (const a of s.aliases ?? []) {
        if (seen.has(fold(a))) bad.push(`${s.id}: "${a}"`);
        seen.add(fold(a));
      }
    }
    expect(list(bad)).toBe('');
  });

  it('keeps the name matchable when cased forms are set (the name appears in cased or aliases)', () => {
    const bad = skills
      .filter((s) => s.cased && !(s.cased.includes(s.name) || (s.aliases ?? []).some((a) => aliasKey(a) === aliasKey(s.name))))
      .map((s) => `${s.id}: "${s.name}" not in cased ${JSON.stringify(s.cased)} nor aliases`);
    expect(list(bad)).toBe('');
  });

  it('points implies and broader at skills that exist, never at themselves', () => {
    const bad: string[] = [];
    for (const s of skills) {
      for (const t of [...(s.implies ?? []), ...(s.broader ?? [])]) {
        if (!ids.has(t)) bad.push(`${s.id} -> ${t}: no such skill`);
        if (t === s.id) bad.push(`${s.id} points at itself`);
      }
    }
    expect(list(bad)).toBe('');
  });

  it('has no cycle in implies', () => {
    const implies = new Map(skills.map((s) => [s.id, s.implies ?? []]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        cycles.push(`${[...path.slice(path.indexOf(id)), id].join(' -> ')}`);
        return;
      }
      state.set(id, 'open');
      for (const t of implies.get(id) ?? []) visit(t, [...path, id]);
      state.set(id, 'done');
    };
    for (const s of skills) visit(s.id, []);
    expect(list(cycles)).toBe('');
  });

  it('marks single-letter cased spellings (C, R) as ambiguous', () => {
    const bad = skills.filter((s) => (s.cased ?? []).some((c) => c.length === 1) && !s.ambiguous).map((s) => s.id);
    expect(list(bad)).toBe('');
  });

  it('has every skill, tool and practice the seed articles name (each line resolves by aliasKey)', () => {
    const keys = new Set(skills.flatMap((s) => spellings(s).map(aliasKey)));
    // A plural in the article ("Neural networks") answers to the singular name, as the tagger does.
    const resolves = (term: string): boolean => {
      const k = aliasKey(term);
      return keys.has(k) || keys.has(k.replace(/(?<=[a-z]{2})e?s$/, '')) || keys.has(k.replace(/(?<=[a-z]{2})s$/, ''));
    };
    const lines = readFileSync(join(root, 'seed-skills.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(60);
    const missing = lines.filter((l) => !resolves(l));
    expect(list(missing), 'seed terms with no skill').toBe('');
  });
});

describe('the lexicon hierarchy (implies / broader), as a reader would answer', () => {
  /** Everything a skill answers, transitively, read from the data files. */
  const answers = (id: string): Set<string> => {
    const byId = new Map(skills.map((s) => [s.id, s]));
    const out = new Set<string>();
    const queue = [id];
    while (queue.length) {
      const next = queue.pop()!;
      if (out.has(next)) continue;
      out.add(next);
      const s = byId.get(next);
      for (const t of [...(s?.implies ?? []), ...(s?.broader ?? [])]) queue.push(t);
    }
    return out;
  };

  it.each([
    ['aws', 'cloud-computing'],
    ['gcp', 'cloud-computing'],
    ['azure', 'cloud-platforms'],
    ['xgboost', 'gradient-boosting'],
    ['lightgbm', 'gradient-boosting'],
    ['catboost', 'gradient-boosting'],
    ['postgresql', 'sql'],
    ['mysql', 'sql'],
    ['rest-api', 'api'],
    ['grpc', 'api'],
    ['graphql', 'api'],
    ['java', 'backend-development'],
    ['spring-boot', 'backend-development'],
    ['django', 'backend-development'],
    ['pytorch', 'deep-learning'],
    ['tensorflow', 'deep-learning'],
    ['jax', 'deep-learning'],
    ['linkerd', 'service-mesh'],
    ['istio', 'service-mesh'],
  ])('%s answers a requirement for %s', (narrow, broad) => {
    expect(answers(narrow).has(broad)).toBe(true);
  });

  it('keeps names of different things apart: Linkerd and Envoy are not Istio, XCTest is not Espresso', () => {
    const owner = new Map(skills.flatMap((s) => spellings(s).map((sp) => [aliasKey(sp), s.id] as const)));
    expect(owner.get('linkerd')).toBe('linkerd');
    expect(owner.get('envoy')).toBe('envoy');
    expect(owner.get('service mesh')).toBe('service-mesh');
    expect(owner.get('xctest')).toBe('xctest');
    expect(owner.get('ui tests')).toBe('ui-testing');
  });

  it('marks generic activities with generic: true (or leaves it out)', () => {
    const bad = skills.filter((s) => s.generic !== undefined && s.generic !== true).map((s) => s.id);
    expect(list(bad)).toBe('');
    const generic = new Set(skills.filter((s) => s.generic).map((s) => s.id));
    for (const id of ['software-development', 'documentation', 'deployment', 'testing', 'experimentation']) expect(generic.has(id)).toBe(true);
    // Real skills are never generic.
    for (const id of ['python', 'kubernetes', 'unit-testing', 'experimental-design']) expect(generic.has(id)).toBe(false);
  });
});
