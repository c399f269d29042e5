/**
 * Everything Skillmark stores, in one place: the user's profile and settings (local, versioned
 * with migrations from day one), per-tab results (session), and copies of anything that could not
 * be read (kept, never silently erased).
 */
import { storage } from '@wxt-dev/storage';

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

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** v1 (the first prototype) stored a plain list of skill names; they become custom entries, resolved later. */
export function migrateProfileV1(old: unknown): Profile {
  if (isStringArray(old)) return { skills: [], custom: old.map((s) => s.trim()).filter(Boolean) };
  // Already the current shape (written without version metadata): keep it, never drop data.
  const current = validateProfile(old);
  return current.ok ? current.profile : { ...current.profile };
}

export const profileItem = storage.defineItem<Profile>('local:profile', {
  fallback: EMPTY_PROFILE,
  version: 2,
  migrations: { 2: migrateProfileV1 },
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Values that failed validation, with where they came from: kept for the user, shown in the options page. */
export interface CorruptCopy {
  key: string;
  raw: string;
  at: number;
}
export const corruptCopiesItem = storage.defineItem<CorruptCopy[]>('local:corruptCopies', { fallback: [] });

/** A profile as read from storage, whatever was there: valid parts kept, the rest reported. */
export function validateProfile(value: unknown): { profile: Profile; ok: boolean } {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (isStringArray(v.skills) && isStringArray(v.custom)) return { profile: { skills: v.skills, custom: v.custom }, ok: true };
    const skills = Array.isArray(v.skills) ? v.skills.filter((x): x is string => typeof x === 'string') : [];
    const custom = Array.isArray(v.custom) ? v.custom.filter((x): x is string => typeof x === 'string') : [];
    return { profile: { skills, custom }, ok: false };
  }
  if (isStringArray(value)) return { profile: migrateProfileV1(value), ok: true };
  return { profile: EMPTY_PROFILE, ok: value === null || value === undefined };
}

export function validateSettings(value: unknown): { settings: Settings; ok: boolean } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { settings: DEFAULT_SETTINGS, ok: value === null || value === undefined };
  const v = value as Record<string, unknown>;
  const highlights = typeof v.highlights === 'boolean' ? v.highlights : DEFAULT_SETTINGS.highlights;
  const badge = v.badge === 'score' || v.badge === 'lean' || v.badge === 'off' ? v.badge : DEFAULT_SETTINGS.badge;
  return { settings: { highlights, badge }, ok: highlights === v.highlights && badge === v.badge };
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

async function keepCopy(key: string, value: unknown): Promise<void> {
  const copies = await corruptCopiesItem.getValue();
  const list = Array.isArray(copies) ? copies : [];
  await corruptCopiesItem.setValue([...list, { key, raw: describe(value).slice(0, 100_000), at: Date.now() }].slice(-10));
}

/**
 * A stored value, checked: a corrupted one (wrong types, truncated JSON) is copied aside, the
 * readable part is kept and written back, and `corrupted` tells the caller to say so to the user.
 */
async function loadChecked<T>(key: string, item: { getValue(): Promise<T>; setValue(v: T): Promise<void> }, validate: (raw: unknown) => { value: T; ok: boolean }): Promise<{ value: T; corrupted: boolean }> {
  let raw: unknown;
  try {
    raw = await item.getValue();
  } catch (e) {
    raw = `unreadable: ${(e as Error).message}`;
  }
  const { value, ok } = validate(raw);
  if (!ok) {
    await keepCopy(key, raw);
    await item.setValue(value);
  }
  return { value, corrupted: !ok };
}

export async function loadProfile(): Promise<{ profile: Profile; corrupted: boolean }> {
  const { value, corrupted } = await loadChecked('profile', profileItem, (raw) => {
    const { profile, ok } = validateProfile(raw);
    return { value: profile, ok };
  });
  return { profile: value, corrupted };
}

export async function loadSettings(): Promise<{ settings: Settings; corrupted: boolean }> {
  const { value, corrupted } = await loadChecked('settings', settingsItem, (raw) => {
    const { settings, ok } = validateSettings(raw);
    return { value: settings, ok };
  });
  return { settings: value, corrupted };
}

/** Export format: versioned, so a later Skillmark can import what this one wrote. */
export interface ProfileFile {
  skillmark: 'profile';
  version: 2;
  profile: Profile;
}

export function exportProfile(profile: Profile): string {
  const file: ProfileFile = { skillmark: 'profile', version: 2, profile };
  return JSON.stringify(file, null, 2);
}

/** Parses an imported file; throws an Error whose message the user can read. Changes nothing itself. */
export function parseProfileFile(text: string): Profile {
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
  const { profile, ok } = validateProfile(file.profile);
  if (!ok || !file.profile || typeof file.profile !== 'object' || Array.isArray(file.profile)) throw new Error('The profile in this file is damaged: "skills" and "custom" must be lists of text.');
  return profile;
}
