/**
 * One analysis as a journal sighting. Takes the analysis as plain data (the extension's tab state
 * or the CLI's result): `requirements`, `lean.role` and `match.groups` are read when present.
 */
import type { JournalLean, JournalRequirement, JournalSkill, Sighting } from './types';

/** Where a skill sits, as the analysis says: only skills in these sections are asked of the reader. */
const JOB_SECTIONS = new Set(['intro', 'responsibilities', 'required', 'preferred']);

export interface AnalysedAd {
  url: string;
  board: string | null;
  title: string | null;
  company?: string | null;
  location?: string | null;
  lean?: { label: JournalLean['label']; ml: number; role?: { family?: string } | null } | null;
  skills?: readonly { id: string; name: string; section: string; required: boolean }[] | null;
  requirements?: readonly { kind: string; skills: readonly string[]; required: boolean; years?: number; text?: string }[] | null;
  match?: { score: number; matched: readonly string[]; missing: readonly string[]; groups?: readonly { skills: readonly string[]; met: boolean; required: boolean }[] } | null;
  text?: string;
}

const KINDS = new Set(['skill', 'one-of', 'education', 'experience']);
const cap = (s: string | null | undefined, n: number): string | null => (typeof s === 'string' && s.trim() ? s.trim().slice(0, n) : null);

export function sightingOf(ad: AnalysedAd, keepText: boolean): Sighting {
  const skills: JournalSkill[] = (ad.skills ?? [])
    .filter((s) => JOB_SECTIONS.has(s.section))
    .map((s) => ({ id: s.id, name: s.name, required: s.required, preferred: s.section === 'preferred' }));
  const requirements: JournalRequirement[] = (ad.requirements ?? [])
    .filter((r) => KINDS.has(r.kind))
    .map((r) => ({ kind: r.kind as JournalRequirement['kind'], skills: [...r.skills], required: r.required, ...(typeof r.years === 'number' && { years: r.years }), text: (r.text ?? '').slice(0, 300) }));
  const role = ad.lean?.role?.family;
  return {
    url: ad.url,
    board: ad.board,
    title: cap(ad.title, 300),
    company: cap(ad.company, 200),
    location: cap(ad.location, 200),
    lean: { label: ad.lean?.label ?? 'none', ml: ad.lean ? Math.round(ad.lean.ml * 100) / 100 : 0.5, role: typeof role === 'string' ? role : null },
    skills,
    requirements,
    match: ad.match
      ? {
          score: ad.match.score,
          matched: [...ad.match.matched],
          missing: [...ad.match.missing],
          ...(Array.isArray(ad.match.groups) && { groups: ad.match.groups.map((g) => ({ skills: [...g.skills], met: g.met, required: g.required })) }),
        }
      : null,
    ...(keepText && ad.text ? { text: ad.text } : {}),
  };
}
