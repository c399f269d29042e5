/** Hand-written journal entries for the aggregation tests. */
import type { JournalEntry, JournalRequirement, JournalSkill } from '../../src/journal/types';

const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 9, 1);

export const req = (id: string, name = id): JournalSkill => ({ id, name, required: true, preferred: false });
export const nice = (id: string, name = id): JournalSkill => ({ id, name, required: false, preferred: true });
export const role = (id: string, name = id): JournalSkill => ({ id, name, required: false, preferred: false });

export function entry(key: string, skills: JournalSkill[], extra: Partial<JournalEntry> & { requirements?: JournalRequirement[]; day?: number } = {}): JournalEntry {
  const at = T0 + (extra.day ?? 0) * DAY;
  return {
    key,
    url: `https://jobs.example/${key}`,
    board: null,
    title: `Job ${key}`,
    company: null,
    location: null,
    lean: { label: 'swe', ml: 0.2, role: null },
    skills,
    requirements: [],
    match: null,
    firstSeen: at,
    lastSeen: at,
    seen: 1,
    status: null,
    note: '',
    changes: [],
    ...extra,
  };
}
