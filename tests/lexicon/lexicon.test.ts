import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILES } from '../../src/analysis/lexicon-data';
import { findSkill } from '../../src/analysis/lexicon';
import { aliasKey } from '../../src/analysis/normalize';
import { CATEGORIES, type SkillEntry } from '../../src/analysis/types';

const dir = new URL('../../lexicon/skills/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const byFile = new Map<string, SkillEntry[]>(files.map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as SkillEntry[]]));
const skills = [...byFile.values()].flat();
const ids = new Set(skills.map((s) => s.id));

const problems = (list: string[]): string => (list.length ? `\n  ${list.slice(0, 30).join('\n  ')}` : '');

describe('the lexicon', () => {
  it('has one file per category, each listed in lexicon-data.ts', () => {
    const bad = files.filter((f) => !(CATEGORIES as readonly string[]).includes(f.replace(/\.json$/, '')));
    expect(bad, 'files not named after a category').toEqual([]);
    expect(Object.keys(LEXICON_FILES).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
  });

  it('has at least 800 skills', () => {
    expect(skills.length).toBeGreaterThanOrEqual(800);
  });

  it('follows the schema', () => {
    const bad: string[] = [];
    const allowed = new Set(['id', 'name', 'category', 'lean', 'weight', 'aliases', 'cased', 'ambiguous', 'implies', 'broader']);
    for (const [file, list] of byFile) {
      for (const s of list) {
        const where = `${file}: ${s.id}`;
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id)) bad.push(`${where}: id must be kebab-case`);
        if (typeof s.name !== 'string' || !s.name.trim()) bad.push(`${where}: empty name`);
        if (`${s.category}.json` !== file) bad.push(`${where}: category ${s.category} in the wrong file`);
        if (!['ml', 'swe', 'both'].includes(s.lean)) bad.push(`${where}: lean ${s.lean}`);
        if (typeof s.weight !== 'number' || s.weight < 0 || s.weight > 3) bad.push(`${where}: weight ${s.weight} not in 0..3`);
        for (const key of Object.keys(s)) if (!allowed.has(key)) bad.push(`${where}: unknown field ${key}`);
        for (const field of ['aliases', 'cased', 'implies', 'broader'] as const) {
          const v = s[field];
          if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim()))) bad.push(`${where}: ${field} must be non-empty strings`);
        }
        if (s.ambiguous !== undefined && s.ambiguous !== true) bad.push(`${where}: ambiguous is true or absent`);
      }
      const sorted = [...list].map((s) => s.id).sort();
      if (sorted.join() !== list.map((s) => s.id).join()) bad.push(`${file}: entries not sorted by id`);
    }
    expect(bad.join('\n')).toBe('');
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const dupes = skills.filter((s) => (seen.has(s.id) ? true : (seen.add(s.id), false))).map((s) => s.id);
    expect(dupes).toEqual([]);
  });

  it('lets no spelling be claimed by two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of skills) {
      const keys = new Set([s.name, ...(s.aliases ?? []), ...(s.cased ?? [])].map(aliasKey));
      for (const key of keys) {
        const other = owner.get(key);
        if (other && other !== s.id) clashes.push(`"${key}": ${other} and ${s.id}`);
        owner.set(key, s.id);
      }
    }
    expect(clashes.join('\n')).toBe('');
  });

  it('points implies and broader at skills that exist, never at themselves, with no implies cycle', () => {
    const bad: string[] = [];
    for (const s of skills) {
      for (const t of [...(s.implies ?? []), ...(s.broader ?? [])]) {
        if (!ids.has(t)) bad.push(`${s.id} -> ${t}: no such skill`);
        if (t === s.id) bad.push(`${s.id} points at itself`);
      }
    }
    const implies = new Map(skills.map((s) => [s.id, s.implies ?? []]));
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        bad.push(`implies cycle: ${[...path, id].join(' -> ')}`);
        return;
      }
      state.set(id, 'open');
      for (const t of implies.get(id) ?? []) visit(t, [...path, id]);
      state.set(id, 'done');
    };
    for (const s of skills) visit(s.id, []);
    expect(bad.join('\n')).toBe('');
  });

  it('marks every single-letter or cased spelling that is also a word as needing context', () => {
    const bad = skills.filter((s) => (s.cased ?? []).some((c) => c.length === 1) && !s.ambiguous).map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it('has every skill, tool and practice the seed articles name', () => {
    const lines = readFileSync(new URL('../../lexicon/seed-skills.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(60);
    const missing = lines.filter((l) => !findSkill(l));
    expect(missing, `seed terms with no skill:${problems(missing)}`).toEqual([]);
  });
});
