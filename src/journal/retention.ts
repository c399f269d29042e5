/** Which entries a retention setting lets go: pure, so the pruning rule is tested without a database. */
import type { JournalEntry, Retention } from './types';

export const DAY = 86_400_000;

/** The oldest `lastSeen` an entry may have under `retention` at `now`; null keeps everything. */
export function retentionCutoff(retention: Retention, now: number): number | null {
  return retention === 'forever' ? null : now - Number(retention) * DAY;
}

/** Keys of entries to prune when storage is full: the least recently seen share, never ones with a status the user set unless nothing else is left. */
export function pruneForSpace(entries: readonly Pick<JournalEntry, 'key' | 'lastSeen' | 'status'>[], share = 0.1): string[] {
  const n = Math.max(1, Math.ceil(entries.length * share));
  const order = [...entries].sort((a, b) => Number(a.status !== null) - Number(b.status !== null) || a.lastSeen - b.lastSeen);
  return order.slice(0, n).map((e) => e.key);
}
