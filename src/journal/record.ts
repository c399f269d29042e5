/**
 * A sighting into the journal: the same job seen again updates its one entry (last seen, the
 * latest reading, the user's status and note kept); a repost whose asked skills changed records
 * what changed, to be said as "+Kubernetes −Java since 3 weeks ago".
 */
import { DAY } from './retention';
import { journalKey } from './key';
import type { JournalEntry, JournalSkill, RepostChange, Sighting } from './types';

/** At most this many changes are kept per entry (the newest). */
export const MAX_CHANGES = 10;

/** What a repost asks for that the earlier version did not, and what it no longer asks for. */
export function skillDiff(before: readonly JournalSkill[], after: readonly JournalSkill[]): { added: JournalSkill[]; removed: JournalSkill[] } {
  const was = new Set(before.map((s) => s.id));
  const now = new Set(after.map((s) => s.id));
  return { added: after.filter((s) => !was.has(s.id)), removed: before.filter((s) => !now.has(s.id)) };
}

/** The entry after this sighting at time `at`: a new entry, or the existing one updated. */
export function recordSighting(existing: JournalEntry | null, sighting: Sighting, at: number): JournalEntry {
  const key = journalKey(sighting.url);
  if (!existing) return { ...sighting, key, firstSeen: at, lastSeen: at, seen: 1, status: null, note: '', changes: [] };
  const { added, removed } = skillDiff(existing.skills, sighting.skills);
  const changes = [...existing.changes];
  // A reading that found no skills at all (a page half loaded) is not a repost that dropped them all.
  if ((added.length || removed.length) && sighting.skills.length) {
    const change: RepostChange = { at, since: existing.lastSeen, added: added.map(pick), removed: removed.map(pick) };
    changes.push(change);
  }
  const keepOld = !sighting.skills.length && existing.skills.length > 0;
  return {
    ...existing,
    ...(keepOld ? {} : sighting),
    // The user's own fields and the history are never replaced by a reading.
    text: sighting.text ?? (keepOld ? existing.text : undefined),
    company: sighting.company ?? existing.company,
    location: sighting.location ?? existing.location,
    title: sighting.title ?? existing.title,
    key: existing.key,
    firstSeen: existing.firstSeen,
    lastSeen: Math.max(existing.lastSeen, at),
    seen: existing.seen + 1,
    status: existing.status,
    note: existing.note,
    changes: changes.slice(-MAX_CHANGES),
  };
}

const pick = (s: JournalSkill): { id: string; name: string } => ({ id: s.id, name: s.name });


/** "today", "yesterday", "5 days ago", "3 weeks ago", "2 months ago", "a year ago". */
export function ago(then: number, now: number): string {
  const days = Math.floor((now - then) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 365) return `${Math.round(days / 30)} months ago`;
  const years = Math.round(days / 365);
  return years === 1 ? 'a year ago' : `${years} years ago`;
}

/** "+Kubernetes −Java since 3 weeks ago". */
export function describeChange(change: RepostChange, now: number = change.at): string {
  const parts = [...change.added.map((s) => `+${s.name}`), ...change.removed.map((s) => `\u2212${s.name}`)];
  return `${parts.join(' ')} since ${ago(change.since, now)}`;
}
