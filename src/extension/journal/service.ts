/**
 * The journal's writer, run by the background: records analysed ads (when the user opted in),
 * applies the retention setting, and answers the journal page's requests. One change at a time
 * (a queue). A failed recording is kept as the journal's "problem" for the pages to show: never
 * silent, and never thrown into the analysis of the page.
 */
import { recordSighting } from '../../journal/record';
import { retentionCutoff } from '../../journal/retention';
import { checkSettingsPatch, validateJournalState, type JournalState } from '../../journal/settings';
import { sightingOf, type AnalysedAd } from '../../journal/sighting';
import { journalKey } from '../../journal/key';
import { JOURNAL_STATUSES, type JournalEntry, type JournalSettings, type JournalStatus } from '../../journal/types';
import { coveredBy } from '../../analysis/match';
import { createQueue } from '../profile-writer';
import { journalStateItem, readProfile } from '../storage';
import { profileIds } from '../tab-analysis';
import { allEntries, clearEntries, deleteEntries, deleteSeenBefore, getEntry, putEntry } from './db';

const serial = createQueue();

export async function readJournalState(): Promise<JournalState> {
  return validateJournalState(await journalStateItem.getValue());
}

async function setProblem(problem: JournalState['problem']): Promise<void> {
  const state = await readJournalState();
  if (state.problem?.message === problem?.message) return;
  await journalStateItem.setValue({ ...state, problem });
}

/** Records one analysed ad if the journal is on. Never rejects: a failure becomes the journal's problem. */
export function recordAd(ad: AnalysedAd, now = Date.now()): Promise<void> {
  return serial(async () => {
    const { settings } = await readJournalState();
    if (!settings.enabled) return;
    const sighting = sightingOf(ad, settings.keepText);
    const previous = await getEntry(journalKey(ad.url));
    const pruned = await putEntry(recordSighting(previous, sighting, now));
    await applyRetention(settings, now);
    await setProblem(pruned ? { at: now, message: `Storage was full: the ${pruned} least recently seen ads were removed from your journal to keep this one.` } : null);
  }).catch((e: unknown) => setProblem({ at: now, message: `An ad could not be kept in your journal: ${(e as Error)?.message ?? e}` }).catch(() => undefined));
}

/** At start-up: ads past the retention period go even if no new ad is read. Never rejects. */
export function pruneJournal(now = Date.now()): Promise<void> {
  return serial(async () => {
    const { settings } = await readJournalState();
    await applyRetention(settings, now);
  }).catch(() => undefined);
}

async function applyRetention(settings: JournalSettings, now: number): Promise<void> {
  const cutoff = retentionCutoff(settings.retention, now);
  if (cutoff !== null) await deleteSeenBefore(cutoff);
}

/** What the journal page asks for: declared once, answered by `journalRequest`. */
export interface JournalOps {
  /** The entries, last seen first, and what the active profile covers (for learn-next and compare). */
  list(): { entries: JournalEntry[]; covered: string[] };
  setStatus(data: { key: string; status: JournalStatus | null }): void;
  setNote(data: { key: string; note: string }): void;
  forget(key: string): void;
  clear(): void;
  settings(patch: Partial<JournalSettings>): JournalSettings;
}
export type JournalOp = keyof JournalOps;
export type JournalRequest = { [K in JournalOp]: { op: K; data: Parameters<JournalOps[K]>[0] } }[JournalOp];

/** A note is at most this long. */
export const MAX_NOTE = 2_000;

async function update(key: unknown, change: (e: JournalEntry) => JournalEntry): Promise<void> {
  if (typeof key !== 'string') throw new Error('Which ad?');
  const entry = await getEntry(key);
  if (!entry) throw new Error('That ad is no longer in your journal.');
  await putEntry(change(entry));
}

const ops: { [K in JournalOp]: (data: Parameters<JournalOps[K]>[0]) => Promise<ReturnType<JournalOps[K]>> } = {
  async list() {
    const [entries, { profile }] = await Promise.all([allEntries(), readProfile()]);
    return { entries: entries.sort((a, b) => b.lastSeen - a.lastSeen), covered: [...coveredBy(profileIds(profile))] };
  },
  async setStatus(d) {
    const status = d?.status ?? null;
    if (status !== null && !(JOURNAL_STATUSES as readonly string[]).includes(status)) throw new Error('Unknown status.');
    await update(d?.key, (e) => ({ ...e, status }));
  },
  async setNote(d) {
    if (typeof d?.note !== 'string') throw new Error('A note is text.');
    await update(d.key, (e) => ({ ...e, note: d.note.slice(0, MAX_NOTE) }));
  },
  async forget(key) {
    if (typeof key !== 'string') throw new Error('Which ad?');
    await deleteEntries([key]);
  },
  async clear() {
    await clearEntries();
    await setProblem(null);
  },
  async settings(patch) {
    const checked = checkSettingsPatch(patch);
    const state = await readJournalState();
    const settings = { ...state.settings, ...checked };
    await journalStateItem.setValue({ ...state, settings });
    await applyRetention(settings, Date.now());
    return settings;
  },
};

export function journalRequest(request: JournalRequest): Promise<unknown> {
  const r = (request ?? {}) as { op?: unknown; data?: unknown };
  if (typeof r.op !== 'string' || !Object.hasOwn(ops, r.op)) return Promise.reject(new Error('Unknown journal request.'));
  const op = r.op as JournalOp;
  return serial(() => (ops[op] as (d: unknown) => Promise<unknown>)(r.data));
}
