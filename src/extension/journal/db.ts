/**
 * The journal's IndexedDB, through `idb`: one object store of entries keyed by the job's key,
 * indexed by when each was last seen (for retention and pruning). Opened by the background only
 * (the one writer); a write that hits the storage quota prunes the least recently seen entries
 * and tries once more, then fails loudly.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { pruneForSpace } from '../../journal/retention';
import type { JournalEntry } from '../../journal/types';

export const JOURNAL_DB = 'skillmark-journal';
const STORE = 'ads';

interface JournalSchema extends DBSchema {
  ads: { key: string; value: JournalEntry; indexes: { lastSeen: number } };
}

let opening: Promise<IDBPDatabase<JournalSchema>> | null = null;

function db(): Promise<IDBPDatabase<JournalSchema>> {
  opening ??= openDB<JournalSchema>(JOURNAL_DB, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'key' }).createIndex('lastSeen', 'lastSeen');
    },
    terminated() {
      opening = null;
    },
  }).catch((e: unknown) => {
    opening = null;
    throw new Error(`Skillmark could not open its journal (${(e as Error)?.message ?? e}).`);
  });
  return opening;
}

/** The storage was full even after pruning: said to the user, never swallowed. */
export class JournalFullError extends Error {
  constructor(pruned: number) {
    super(`The browser's storage for Skillmark is full: ${pruned} of the oldest ads were removed from your journal and this one still could not be kept. Remove some ads, or turn off "keep the text".`);
    this.name = 'JournalFullError';
  }
}

const isQuota = (e: unknown): boolean => (e as DOMException)?.name === 'QuotaExceededError' || /quota/i.test((e as Error)?.message ?? '');

export async function getEntry(key: string): Promise<JournalEntry | null> {
  return (await (await db()).get(STORE, key)) ?? null;
}

export async function allEntries(): Promise<JournalEntry[]> {
  return (await db()).getAll(STORE);
}

export async function countEntries(): Promise<number> {
  return (await db()).count(STORE);
}

/** Stores an entry; on a full quota prunes the least recently seen tenth and retries once. Answers how many were pruned. */
export async function putEntry(entry: JournalEntry): Promise<number> {
  const d = await db();
  try {
    await d.put(STORE, entry);
    return 0;
  } catch (e) {
    if (!isQuota(e)) throw e;
  }
  const victims = pruneForSpace((await d.getAll(STORE)).filter((x) => x.key !== entry.key));
  await deleteEntries(victims);
  try {
    await d.put(STORE, entry);
    return victims.length;
  } catch (e) {
    if (isQuota(e)) throw new JournalFullError(victims.length);
    throw e;
  }
}

export async function deleteEntries(keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  const tx = (await db()).transaction(STORE, 'readwrite');
  await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
}

/** Removes every entry last seen before `cutoff`. Answers how many. */
export async function deleteSeenBefore(cutoff: number): Promise<number> {
  const tx = (await db()).transaction(STORE, 'readwrite');
  let n = 0;
  for (let cursor = await tx.store.index('lastSeen').openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
    n++;
  }
  await tx.done;
  return n;
}

export async function clearEntries(): Promise<void> {
  await (await db()).clear(STORE);
}
