/** The journal's settings as read from storage: whatever was there, checked. */
import { DEFAULT_JOURNAL_SETTINGS, type JournalSettings } from './types';

/** The stored journal state: its settings, and the last problem the user has not seen yet. */
export interface JournalState {
  settings: JournalSettings;
  /** A recording that failed (storage full after pruning, ...): shown until the next success. */
  problem: { at: number; message: string } | null;
}

export const DEFAULT_JOURNAL_STATE: JournalState = { settings: DEFAULT_JOURNAL_SETTINGS, problem: null };

export function validateJournalSettings(raw: unknown): JournalSettings {
  const v = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    enabled: v.enabled === true,
    keepText: v.keepText === true,
    retention: v.retention === '30' || v.retention === '90' ? v.retention : 'forever',
    asked: v.asked === true,
  };
}

export function validateJournalState(raw: unknown): JournalState {
  const v = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const p = v.problem as { at?: unknown; message?: unknown } | null | undefined;
  return {
    settings: validateJournalSettings(v.settings),
    problem: p && typeof p.message === 'string' ? { at: typeof p.at === 'number' ? p.at : 0, message: p.message } : null,
  };
}

/** A settings change from a page: only known keys with known values. Throws a readable error otherwise. */
export function checkSettingsPatch(patch: unknown): Partial<JournalSettings> {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw new Error('Journal settings must be an object.');
  const out: Partial<JournalSettings> = {};
  for (const [k, v] of Object.entries(patch)) {
    if ((k === 'enabled' || k === 'keepText' || k === 'asked') && typeof v === 'boolean') out[k] = v;
    else if (k === 'retention' && (v === 'forever' || v === '90' || v === '30')) out.retention = v;
    else throw new Error(`Unknown journal setting "${k}".`);
  }
  return out;
}
