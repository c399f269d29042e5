import { describe, expect, it } from 'vitest';
import { journalKey } from '../../src/journal/key';
import { ago, describeChange, recordSighting, skillDiff } from '../../src/journal/record';
import type { Sighting } from '../../src/journal/types';
import { nice, req, T0 } from './helpers';

const DAY = 86_400_000;
const sighting = (url: string, skills = [req('java', 'Java'), req('python', 'Python')]): Sighting => ({
  url,
  board: 'linkedin',
  title: 'Backend Engineer',
  company: 'Acme',
  location: null,
  lean: { label: 'swe', ml: 0.1, role: null },
  skills,
  requirements: [],
  match: null,
});

describe('one entry per job', () => {
  it('keys an ad by its board id, whatever the tracking around it', () => {
    expect(journalKey('https://www.linkedin.com/jobs/view/4012345678/?refId=abc&trk=x')).toBe('linkedin:4012345678');
    expect(journalKey('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678')).toBe('linkedin:4012345678');
    expect(journalKey('https://www.indeed.com/viewjob?jk=abc123&from=serp')).toBe('indeed:abc123');
    expect(journalKey('https://boards.greenhouse.io/acme/jobs/1234567?gh_src=x')).toBe('greenhouse:1234567');
  });

  it('falls back to the canonical URL: no tracking, no fragment, no www, no trailing slash', () => {
    expect(journalKey('https://www.careers.example/jobs/ml-engineer/?utm_source=x#apply')).toBe('careers.example/jobs/ml-engineer');
    expect(journalKey('https://careers.example/jobs/ml-engineer')).toBe('careers.example/jobs/ml-engineer');
  });

  it('updates the same entry on a second sighting and keeps the user\'s status and note', () => {
    const first = recordSighting(null, sighting('https://www.linkedin.com/jobs/view/1234567/'), T0);
    const marked = { ...first, status: 'applied' as const, note: 'call Friday' };
    const again = recordSighting(marked, sighting('https://www.linkedin.com/jobs/view/1234567/?trk=y'), T0 + DAY);
    expect(again).toMatchObject({ key: 'linkedin:1234567', firstSeen: T0, lastSeen: T0 + DAY, seen: 2, status: 'applied', note: 'call Friday', changes: [] });
  });
});

describe('a repost that changed', () => {
  it('says what it added and dropped since the last sighting', () => {
    const first = recordSighting(null, sighting('https://jobs.example/1'), T0);
    const repost = recordSighting(first, sighting('https://jobs.example/1', [req('python', 'Python'), req('kubernetes', 'Kubernetes')]), T0 + 21 * DAY);
    expect(repost.changes).toHaveLength(1);
    expect(describeChange(repost.changes[0]!)).toBe('+Kubernetes \u2212Java since 3 weeks ago');
    expect(repost.skills.map((s) => s.id)).toEqual(['python', 'kubernetes']);
  });

  it('records no change when only the order or the section moved', () => {
    const first = recordSighting(null, sighting('https://jobs.example/1'), T0);
    const again = recordSighting(first, sighting('https://jobs.example/1', [nice('python', 'Python'), req('java', 'Java')]), T0 + DAY);
    expect(again.changes).toEqual([]);
  });

  it('does not take a reading with no skills (a half-loaded page) for a repost that dropped them all', () => {
    const first = recordSighting(null, sighting('https://jobs.example/1'), T0);
    const empty = recordSighting(first, sighting('https://jobs.example/1', []), T0 + DAY);
    expect(empty.changes).toEqual([]);
    expect(empty.skills).toHaveLength(2);
  });

  it('diffs skill sets both ways', () => {
    const d = skillDiff([req('a'), req('b')], [req('b'), req('c')]);
    expect(d.added.map((s) => s.id)).toEqual(['c']);
    expect(d.removed.map((s) => s.id)).toEqual(['a']);
  });

  it('says how long ago in words', () => {
    expect(ago(T0, T0 + 3 * 3600_000)).toBe('today');
    expect(ago(T0, T0 + DAY)).toBe('yesterday');
    expect(ago(T0, T0 + 5 * DAY)).toBe('5 days ago');
    expect(ago(T0, T0 + 90 * DAY)).toBe('3 months ago');
  });
});
