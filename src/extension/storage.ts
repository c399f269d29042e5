/**
 * Everything Skillmark stores, in one place: the user's profile and settings (local, versioned),
 * the previous profile kept as a backup, copies of anything that could not be read, and per-tab
 * results (session).
 *
 * Only the background writes (see background.ts: one serialised writer). Pages and the content
 * script read and watch these items; what they read goes through the same pure checks below, so a
 * damaged value is shown as its readable part and never written back by a reader.
 */
import { storage } from '@wxt-dev/storage';
import type { LeanResult, MatchResult, NotCounted, Requirement, SkillSummary } from '../analysis/types';
import { DEFAULT_JOURNAL_STATE, type JournalState } from '../journal/settings';

/** The user's skills: lexicon ids, plus what they typed that the lexicon does not know. */
export interface Profile {
  skills: string[];
  custom: string[];
}

export interface Settings {
  highlights: boolean;
  /** What the toolbar badge shows for a tab. */
  badge: 'score' | 'lean' | 'off';
}

export const EMPTY_PROFILE: Profile = { skills: [], custom: [] };
export const DEFAULT_SETTINGS: Settings = { highlights: true, badge: 'score' };

/** The profile's storage format version; v1 (the first prototype) was a plain list of names. */
export const PROFILE_VERSION = 2;

/** Everything the popup shows for a tab: written by the background, watched by the popup. */
export interface TabState {
  status: 'analysing' | 'ready' | 'no-ad' | 'unsupported-language' | 'error';
  url: string;
  board: string | null;
  title: string | null;
  reason?: string;
  truncated?: boolean;
  lean?: LeanResult;
  skills?: SkillSummary[];
  match?: MatchResult | null;
  hasProfile?: boolean;
  /** What the ad asks for (issue 10), for the popup and for re-matching; the ad's words only where a line needs them (education, years). */
  requirements?: Requirement[];
  /** Skills named in the ad but not asked of the reader, with why. */
  notCounted?: NotCounted[];
  /** What was read: the page (default), or text the user selected and sent from the context menu. */
  source?: 'page' | 'selection';
  /** The user asked for this reading ("Analyse this page anyway"). */
  asked?: boolean;
}

/**
 * Items are defined without WXT's `migrations`: those run at import time in every context that
 * imports this file (content script, popup, options), each racing to write. The background
 * migrates instead, once, inside its writer (`interpretProfile`).
 */
export const profileItem = storage.defineItem<Profile>('local:profile', { fallback: EMPTY_PROFILE });
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** The profile as it was before the last import, replace or restore: one click brings it back. */
export interface ProfileBackup {
  profile: Profile;
  at: number;
  /** Why it was kept ("before importing a profile"). */
  reason: string;
}
export const profileBackupItem = storage.defineItem<ProfileBackup | null>('local:profileBackup', { fallback: null });

/** Values that failed validation, with where they came from: kept for the user, shown in the options page. */
export interface CorruptCopy {
  key: string;
  raw: string;
  at: number;
  /** What was wrong, in words. */
  reason?: string;
}
export const corruptCopiesItem = storage.defineItem<CorruptCopy[]>('local:corruptCopies', { fallback: [] });

/** The journal's settings and last problem (its entries live in IndexedDB: extension/journal/db.ts). */
export const journalStateItem = storage.defineItem<JournalState>('local:journal', { fallback: DEFAULT_JOURNAL_STATE });

/** Named profiles: the active one is `local:profile` itself; the others are kept here by name. */
export interface ProfileSet {
  active: string;
  others: Record<string, Profile>;
}

/** The name of the profile a user starts with. */
export const DEFAULT_PROFILE_NAME = 'My skills';
export const profileSetItem = storage.defineItem<ProfileSet | null>('local:profiles', { fallback: null });

/** One session item per tab (not one shared map: writes for two tabs never race). */
const TAB_PREFIX = 'tab:';
export const tabStateItem = (tabId: number) => storage.defineItem<TabState | null>(`session:${TAB_PREFIX}${tabId}`, { fallback: null });

/** The ids of every tab that has a stored state. */
export async function tabsWithState(): Promise<number[]> {
  const all = await storage.snapshot('session');
  return Object.keys(all)
    .filter((k) => k.startsWith(TAB_PREFIX) && !k.endsWith('$'))
    .map((k) => Number(k.slice(TAB_PREFIX.length)))
    .filter(Number.isInteger);
}

// ---------------------------------------------------------------------------------------------
// Checks: pure, used by every reader.

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A profile as read from storage, whatever was there: valid parts kept, `ok` false if anything was dropped. */
export function validateProfile(value: unknown): { profile: Profile; ok: boolean } {
  if (value === null || value === undefined) return { profile: EMPTY_PROFILE, ok: true };
  if (typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (isStringArray(v.skills) && isStringArray(v.custom)) return { profile: { skills: v.skills, custom: v.custom }, ok: true };
    return { profile: { skills: texts(v.skills), custom: texts(v.custom) }, ok: false };
  }
  return { profile: EMPTY_PROFILE, ok: false };
}

export function validateSettings(value: unknown): { settings: Settings; ok: boolean } {
  if (value === null || value === undefined) return { settings: DEFAULT_SETTINGS, ok: true };
  if (typeof value !== 'object' || Array.isArray(value)) return { settings: DEFAULT_SETTINGS, ok: false };
  const v = value as Record<string, unknown>;
  const highlights = typeof v.highlights === 'boolean' ? v.highlights : DEFAULT_SETTINGS.highlights;
  const badge = v.badge === 'score' || v.badge === 'lean' || v.badge === 'off' ? v.badge : DEFAULT_SETTINGS.badge;
  return { settings: { highlights, badge }, ok: highlights === v.highlights && badge === v.badge };
}

/** v1 stored a plain list of names: they become custom entries (resolved against the lexicon when used). */
export function migrateProfileV1(old: unknown[]): { profile: Profile; dropped: number } {
  const names = texts(old)
    .map((s) => s.trim())
    .filter(Boolean);
  return { profile: { skills: [], custom: [...new Set(names)] }, dropped: old.length - texts(old).length };
}

/**
 * A profile from a newer format, read as far as this version can: lists under `skills` / `custom`
 * whose entries are text, or records naming one (`{ id }`, `{ name }`) as a later format might keep.
 */
function readNewer(raw: unknown): Profile {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return Array.isArray(raw) ? { skills: [], custom: texts(raw) } : EMPTY_PROFILE;
  const entries = (list: unknown): string[] =>
    Array.isArray(list)
      ? list
          .map((e) => (typeof e === 'string' ? e : e && typeof e === 'object' ? ((e as { id?: unknown }).id ?? (e as { name?: unknown }).name) : undefined))
          .filter((e): e is string => typeof e === 'string' && e.length > 0)
      : [];
  const v = raw as Record<string, unknown>;
  return { skills: [...new Set(entries(v.skills))], custom: [...new Set(entries(v.custom))] };
}

/** What reading the stored profile found: the profile to use, and what the writer must do about it. */
export interface ProfileReading {
  profile: Profile;
  /** The stored value must be copied aside before anything is written over it. */
  copy?: { raw: unknown; reason: string };
  /** The stored value is not in the current format: the writer rewrites it (after the copy). */
  rewrite: boolean;
}

/**
 * The stored profile and its version, interpreted. Never loses anything: a migration or repair
 * keeps a copy first, and a value written by a newer Skillmark is used as far as it can be read,
 * kept as a copy, and not rewritten until the user changes the profile.
 */
export function interpretProfile(raw: unknown, version: unknown): ProfileReading {
  if (raw === null || raw === undefined) return { profile: EMPTY_PROFILE, rewrite: false };
  const v = typeof version === 'number' ? version : 1;
  if (v > PROFILE_VERSION) {
    return { profile: readNewer(raw), copy: { raw, reason: `written by a newer Skillmark (format v${v})` }, rewrite: false };
  }
  if (Array.isArray(raw)) {
    const { profile, dropped } = migrateProfileV1(raw);
    const reason = dropped ? `the first format, with ${dropped} entries that were not text` : 'the first format, before its migration';
    return { profile, copy: { raw, reason }, rewrite: true };
  }
  const { profile, ok } = validateProfile(raw);
  if (!ok) return { profile, copy: { raw, reason: 'damaged: parts that were not lists of text were left out' }, rewrite: true };
  return { profile, rewrite: v !== PROFILE_VERSION };
}

// ---------------------------------------------------------------------------------------------
// Reads. A failed read throws: nothing is ever written on the strength of a read that failed.

export class StorageReadError extends Error {
  constructor(what: string, cause: unknown) {
    super(`Skillmark could not read your ${what} (${(cause as Error)?.message ?? cause}); nothing was changed.`);
    this.name = 'StorageReadError';
  }
}

export async function readProfile(): Promise<ProfileReading> {
  let raw: unknown;
  let meta: unknown;
  try {
    const values = await storage.getItems(['local:profile', 'local:profile$']);
    raw = values[0]?.value;
    meta = values[1]?.value;
  } catch (e) {
    throw new StorageReadError('profile', e);
  }
  const version = meta && typeof meta === 'object' ? (meta as { v?: unknown }).v : undefined;
  return interpretProfile(raw, version);
}

export async function readSettings(): Promise<{ settings: Settings; ok: boolean; raw: unknown }> {
  let raw: unknown;
  try {
    raw = await storage.getItem('local:settings');
  } catch (e) {
    throw new StorageReadError('settings', e);
  }
  return { ...validateSettings(raw), raw };
}

export async function readCopies(): Promise<CorruptCopy[]> {
  try {
    const copies = await corruptCopiesItem.getValue();
    return Array.isArray(copies) ? copies.filter((c) => c && typeof c === 'object' && typeof c.raw === 'string') : [];
  } catch (e) {
    throw new StorageReadError('kept copies', e);
  }
}

// ---------------------------------------------------------------------------------------------
// Writes: called by the background's serialised writer only. Each resolves once the browser has
// stored the value, and rejects (quota, ...) without claiming success.

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/** The copies list with one more (deduplicated: the same value is kept once, the newest ten in all). */
export function withCopy(copies: CorruptCopy[], key: string, raw: unknown, reason: string, at = Date.now()): CorruptCopy[] {
  const text = describe(raw).slice(0, 200_000);
  if (copies.some((c) => c.key === key && c.raw === text)) return copies;
  return [...copies, { key, raw: text, at, reason }].slice(-10);
}

export async function writeCopies(copies: CorruptCopy[]): Promise<void> {
  await corruptCopiesItem.setValue(copies);
}

/** Writes the profile with its version, and optionally the backup, in one storage call (all or nothing). */
export async function writeProfile(profile: Profile, backup?: ProfileBackup): Promise<void> {
  const items: { key: `local:${string}`; value: unknown }[] = [
    { key: 'local:profile', value: profile },
    { key: 'local:profile$', value: { v: PROFILE_VERSION } },
  ];
  if (backup) items.push({ key: 'local:profileBackup', value: backup });
  await storage.setItems(items);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function readBackup(): Promise<ProfileBackup | null> {
  let raw: unknown;
  try {
    raw = await profileBackupItem.getValue();
  } catch (e) {
    throw new StorageReadError('previous profile', e);
  }
  if (!raw || typeof raw !== 'object') return null;
  const b = raw as Partial<ProfileBackup>;
  const { profile } = validateProfile(b.profile);
  return { profile, at: typeof b.at === 'number' ? b.at : 0, reason: typeof b.reason === 'string' ? b.reason : '' };
}

// ---------------------------------------------------------------------------------------------
// Export / import file format.

/** Export format: versioned, so a later Skillmark can import what this one wrote. */
export interface ProfileFile {
  skillmark: 'profile';
  version: 2;
  profile: Profile;
}

/** Limits on an imported file: a larger one is refused with a message, never half-read. */
export const IMPORT_LIMITS = { bytes: 1_000_000, entries: 5_000, entryChars: 200 } as const;

export function exportProfile(profile: Profile): string {
  const file: ProfileFile = { skillmark: 'profile', version: 2, profile };
  return JSON.stringify(file, null, 2);
}

/**
 * Parses an imported file; throws an Error whose message the user can read. Changes nothing
 * itself. Entries that are not text, blank or too long are counted in `dropped`.
 */
export function parseProfileFile(text: string): { profile: Profile; dropped: number } {
  if (text.length > IMPORT_LIMITS.bytes) throw new Error(`This file is too large (${text.length.toLocaleString('en')} characters; a profile is at most ${IMPORT_LIMITS.bytes.toLocaleString('en')}).`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON: choose a profile exported from Skillmark.');
  }
  if (!data || typeof data !== 'object' || (data as { skillmark?: unknown }).skillmark !== 'profile')
    throw new Error('This JSON is not a Skillmark profile (no "skillmark": "profile" field).');
  const file = data as { version?: unknown; profile?: unknown };
  if (file.version !== 2) throw new Error(`Unsupported profile version ${JSON.stringify(file.version)}: expected 2.`);
  const p = file.profile as Record<string, unknown> | undefined;
  if (!p || typeof p !== 'object' || Array.isArray(p) || !Array.isArray(p.skills) || !Array.isArray(p.custom))
    throw new Error('The profile in this file is damaged: "skills" and "custom" must be lists of text.');
  const total = p.skills.length + p.custom.length;
  if (total > IMPORT_LIMITS.entries) throw new Error(`This profile lists ${total.toLocaleString('en')} skills; Skillmark keeps at most ${IMPORT_LIMITS.entries.toLocaleString('en')}.`);
  const clean = (list: unknown[]): string[] => [...new Set(texts(list).map((s) => s.trim()).filter((s) => s && s.length <= IMPORT_LIMITS.entryChars))];
  const profile = { skills: clean(p.skills), custom: clean(p.custom) };
  return { profile, dropped: total - profile.skills.length - profile.custom.length };
}

// ---------------------------------------------------------------------------------------------
// Read-only views for the content script and pages: they never write (the background repairs).

export async function loadProfile(): Promise<{ profile: Profile; corrupted: boolean }> {
  const reading = await readProfile();
  return { profile: reading.profile, corrupted: !!reading.copy };
}

export async function loadSettings(): Promise<{ settings: Settings; corrupted: boolean }> {
  const { settings, ok } = await readSettings();
  return { settings, corrupted: !ok };
}
