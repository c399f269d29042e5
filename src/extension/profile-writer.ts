/**
 * The one writer of the user's data (profile, settings, backup, kept copies), run by the
 * background. Every change is a read-change-write done one at a time (a queue), so two changes in
 * flight never lose one; a failed read changes nothing; a damaged or old value is copied aside
 * before it is rewritten; every write is awaited, so a failure reaches the page that asked.
 */
import { findSkill, skillById } from '../analysis/lexicon';
import { resolveProfile } from '../analysis/match';
import type { ImportMode, ImportPreview } from './messages';
import {
  IMPORT_LIMITS,
  parseProfileFile,
  readBackup,
  readCopies,
  readProfile,
  readSettings,
  withCopy,
  writeCopies,
  writeProfile,
  writeSettings,
  validateSettings,
  type Profile,
  type Settings,
} from './storage';

/** Runs jobs one after another, each after the previous settled (failed or not). */
export function createQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

const serial = createQueue();

/** A profile holds at most this many entries, each at most this long. */
export const PROFILE_LIMITS = { entries: IMPORT_LIMITS.entries, entryChars: IMPORT_LIMITS.entryChars } as const;

async function keepCopy(key: string, raw: unknown, reason: string): Promise<void> {
  const copies = await readCopies();
  const next = withCopy(copies, key, raw, reason);
  if (next !== copies) await writeCopies(next);
}

const same = (a: Profile, b: Profile): boolean =>
  a.skills.length === b.skills.length && a.custom.length === b.custom.length && a.skills.every((s, i) => s === b.skills[i]) && a.custom.every((s, i) => s === b.custom[i]);

function checkSize(p: Profile): Profile {
  const n = p.skills.length + p.custom.length;
  if (n > PROFILE_LIMITS.entries) throw new Error(`That would make ${n.toLocaleString('en')} skills; Skillmark keeps at most ${PROFILE_LIMITS.entries.toLocaleString('en')}.`);
  return { skills: [...new Set(p.skills)], custom: [...new Set(p.custom)] };
}

export interface ProfileChange {
  before: Profile;
  after: Profile;
  changed: boolean;
}

/**
 * Reads the profile, applies `change`, writes the result (with the previous profile as the backup
 * when `backupReason` is given). Rejects, writing nothing, when the read fails or `change` throws.
 */
export function changeProfile(change: (p: Profile) => Profile, backupReason?: string): Promise<ProfileChange> {
  return serial(async () => {
    const reading = await readProfile();
    if (reading.copy) await keepCopy('profile', reading.copy.raw, reading.copy.reason);
    const before = reading.profile;
    const after = checkSize(change(before));
    const changed = !same(before, after);
    if (changed || reading.rewrite) await writeProfile(after, changed && backupReason ? { profile: before, at: Date.now(), reason: backupReason } : undefined);
    return { before, after, changed };
  });
}

/** Migrates or repairs what is stored (copies first), once at start-up. Writes nothing when all is well. */
export function repairStorage(): Promise<void> {
  return serial(async () => {
    const reading = await readProfile();
    if (reading.copy) await keepCopy('profile', reading.copy.raw, reading.copy.reason);
    if (reading.rewrite) await writeProfile(reading.profile);
    const settings = await readSettings();
    if (!settings.ok) {
      await keepCopy('settings', settings.raw, 'damaged: unknown values were reset');
      await writeSettings(settings.settings);
    }
  });
}

/** Changes some settings; unknown keys and wrong types are refused. Answers the settings stored. */
export function changeSettings(patch: unknown): Promise<Settings> {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return Promise.reject(new Error('Settings must be an object.'));
  const p = patch as Record<string, unknown>;
  for (const key of Object.keys(p)) if (key !== 'highlights' && key !== 'badge') return Promise.reject(new Error(`Unknown setting "${key}".`));
  return serial(async () => {
    const current = await readSettings();
    if (!current.ok) await keepCopy('settings', current.raw, 'damaged: unknown values were reset');
    const merged = { ...current.settings, ...p };
    const { settings, ok } = validateSettings(merged);
    if (!ok) throw new Error('That setting has a value Skillmark does not know.');
    await writeSettings(settings);
    return settings;
  });
}

export function clearCopies(): Promise<void> {
  return serial(() => writeCopies([]));
}

// ---------------------------------------------------------------------------------------------
// What the intents do to a profile (pure, given the lexicon).

const entry = (v: unknown): string | null => (typeof v === 'string' && v.trim() && v.trim().length <= PROFILE_LIMITS.entryChars ? v.trim() : null);

function list(v: unknown, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > PROFILE_LIMITS.entries) throw new Error(`${what} must be a list of at most ${PROFILE_LIMITS.entries} entries.`);
  return v.map(entry).filter((x): x is string => x !== null);
}

/** A lexicon id as given, or the skill a spelling names; null when the lexicon does not know it. */
function knownId(idOrName: string): string | null {
  return skillById(idOrName)?.id ?? findSkill(idOrName)?.id ?? null;
}

export function withSkill(p: Profile, id: unknown): Profile {
  const known = typeof id === 'string' ? skillById(id) : undefined;
  if (!known) throw new Error('Skillmark does not know that skill.');
  return p.skills.includes(known.id) ? p : { ...p, skills: [...p.skills, known.id] };
}

/** Ids and typed text: text the lexicon knows becomes its skills, the rest is kept as typed. */
export function withSkills(p: Profile, input: unknown): Profile {
  const i = (input ?? {}) as { ids?: unknown; texts?: unknown };
  const ids = list(i.ids, 'Skills');
  const resolved = resolveProfile(list(i.texts, 'Texts'));
  const known = [...ids.map(knownId), ...resolved.ids].filter((x): x is string => x !== null);
  const unknown = [...ids.filter((x) => knownId(x) === null), ...resolved.unknown];
  return { skills: [...new Set([...p.skills, ...known])], custom: [...new Set([...p.custom, ...unknown])] };
}

export function withoutEntry(p: Profile, value: unknown): Profile {
  if (typeof value !== 'string') throw new Error('Which skill to remove?');
  return { skills: p.skills.filter((s) => s !== value), custom: p.custom.filter((c) => c !== value) };
}

/** A whole profile from a page: checked like an import (lists of text, within the limits). */
export function checkedProfile(value: unknown): Profile {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('A profile has "skills" and "custom" lists.');
  const v = value as { skills?: unknown; custom?: unknown };
  return { skills: list(v.skills, 'Skills'), custom: list(v.custom, 'Custom entries') };
}

/** An imported profile checked against the lexicon: unknown ids are kept as free text. */
function classify(imported: Profile): { profile: Profile; unknownIds: number } {
  const skills: string[] = [];
  const custom = [...imported.custom];
  let unknownIds = 0;
  for (const id of imported.skills) {
    const known = knownId(id);
    if (known) skills.push(known);
    else {
      unknownIds++;
      custom.push(id);
    }
  }
  return { profile: { skills: [...new Set(skills)], custom: [...new Set(custom)] }, unknownIds };
}

const size = (p: Profile): number => p.skills.length + p.custom.length;
const merge = (a: Profile, b: Profile): Profile => ({ skills: [...new Set([...a.skills, ...b.skills])], custom: [...new Set([...a.custom, ...b.custom])] });

function importPlan(text: unknown, current: Profile): { incoming: Profile; preview: ImportPreview } {
  if (typeof text !== 'string') throw new Error('Choose a profile file to import.');
  const parsed = parseProfileFile(text);
  const { profile: incoming, unknownIds } = classify(parsed.profile);
  const dropped = parsed.dropped + (parsed.profile.skills.length + parsed.profile.custom.length - size(incoming));
  return {
    incoming,
    preview: { skills: incoming.skills.length, custom: incoming.custom.length, unknownIds, dropped, current: size(current), replace: size(incoming), merge: size(merge(current, incoming)) },
  };
}

/** What importing `text` would do; writes nothing. */
export async function previewImport(text: unknown): Promise<ImportPreview> {
  const { profile } = await readProfile();
  return importPlan(text, profile).preview;
}

/** Imports a profile file; the profile it replaces is kept as the backup. Answers what was done. */
export async function importProfile(input: unknown): Promise<ImportPreview> {
  const { text, mode } = (input ?? {}) as { text?: unknown; mode?: ImportMode };
  if (mode !== 'replace' && mode !== 'merge') throw new Error('Import either replaces or merges.');
  let preview: ImportPreview | undefined;
  await changeProfile((current) => {
    const plan = importPlan(text, current);
    preview = plan.preview;
    return mode === 'replace' ? plan.incoming : merge(current, plan.incoming);
  }, mode === 'replace' ? 'before importing a profile (replace)' : 'before importing a profile (merge)');
  return preview!;
}

/** Brings back the backup; the profile it replaces becomes the backup (so this can be undone too). */
export function restoreBackup(): Promise<ProfileChange> {
  return serial(async () => {
    const backup = await readBackup();
    if (!backup) throw new Error('There is no previous profile to bring back.');
    const reading = await readProfile();
    if (reading.copy) await keepCopy('profile', reading.copy.raw, reading.copy.reason);
    await writeProfile(backup.profile, { profile: reading.profile, at: Date.now(), reason: 'before bringing back the previous profile' });
    return { before: reading.profile, after: backup.profile, changed: !same(reading.profile, backup.profile) };
  });
}
