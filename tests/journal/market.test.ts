import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/journal/export';
import { byCompany, leanSplit, overTime, roleFamilies, skillDemand } from '../../src/journal/market';
import { pruneForSpace, retentionCutoff } from '../../src/journal/retention';
import { entry, nice, req, T0 } from './helpers';

const ads = [
  entry('a', [req('python', 'Python'), nice('go', 'Go')], { company: 'Acme', lean: { label: 'ml', ml: 0.9, role: 'ml-engineering' } }),
  entry('b', [req('python', 'Python'), req('java', 'Java')], { company: 'Acme', lean: { label: 'swe', ml: 0.1, role: 'backend' }, day: 40 }),
  entry('c', [nice('python', 'Python')], { company: 'Beta', lean: { label: 'ml', ml: 0.8, role: 'ml-engineering' }, day: 41 }),
];

describe('your market', () => {
  it('counts skills by demand, required and preferred apart', () => {
    expect(skillDemand(ads)[0]).toEqual({ id: 'python', name: 'Python', ads: 3, required: 2, preferred: 1 });
  });

  it('splits leans and role families', () => {
    expect(leanSplit(ads)).toEqual([
      { label: 'ml', count: 2 },
      { label: 'swe', count: 1 },
    ]);
    expect(roleFamilies(ads)[0]).toEqual({ label: 'ml-engineering', count: 2 });
  });

  it('groups by company and by month', () => {
    expect(byCompany(ads)[0]).toMatchObject({ company: 'Acme', ads: 2, ml: 0.5 });
    expect(overTime(ads).map((p) => [p.period, p.ads, p.ml, p.swe])).toEqual([
      ['2026-10', 1, 1, 0],
      ['2026-11', 2, 1, 1],
    ]);
  });
});

describe('export and retention', () => {
  it('writes CSV a spreadsheet reads safely', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    const csv = toCsv([{ ...ads[1]!, note: 'line one\nline two', status: 'applied' }]).split('\r\n');
    expect(csv[0]).toMatch(/^title,company,/);
    expect(csv[1]).toContain('Job b,Acme');
    expect(csv[1]).toContain('applied,"line one\nline two",Python; Java');
  });

  it('keeps everything forever, or cuts at 30/90 days', () => {
    expect(retentionCutoff('forever', T0)).toBeNull();
    expect(retentionCutoff('30', T0)).toBe(T0 - 30 * 86_400_000);
  });

  it('prunes the least recently seen first, sparing ads the user marked', () => {
    const list = [
      { key: 'old-applied', lastSeen: 1, status: 'applied' as const },
      { key: 'old', lastSeen: 2, status: null },
      { key: 'new', lastSeen: 3, status: null },
    ];
    expect(pruneForSpace(list, 0.5)).toEqual(['old', 'new']);
    expect(pruneForSpace(list, 0.1)).toEqual(['old']);
  });
});
