/**
 * The journal's data: one entry per job ad the user read (opted in), kept in this browser only.
 * Pure shapes: no DOM, no extension API (the CLI's summary uses them too).
 */

export const JOURNAL_STATUSES = ['saved', 'applied', 'interviewing', 'rejected', 'offer'] as const;
export type JournalStatus = (typeof JOURNAL_STATUSES)[number];

/** One skill the ad asks for (job sections only: not the company blurb or the perks). */
export interface JournalSkill {
  id: string;
  name: string;
  /** Asked as a must; otherwise a nice-to-have or part of the role. */
  required: boolean;
  /** Listed under "nice to have" / "preferred". */
  preferred: boolean;
}

/** A requirement as the analysis read it (kept when the analysis gives them). */
export interface JournalRequirement {
  kind: 'skill' | 'one-of' | 'education' | 'experience';
  skills: string[];
  required: boolean;
  years?: number;
  text: string;
}

export interface JournalLean {
  label: 'ml' | 'swe' | 'hybrid' | 'none';
  ml: number;
  /** The role family ("ml-engineering", "backend"), when the analysis gives one. */
  role: string | null;
}

export interface JournalMatch {
  score: number;
  matched: string[];
  missing: string[];
  /** Groups of alternatives, met or not, when the analysis gives them. */
  groups?: { skills: string[]; met: boolean; required: boolean }[];
}

/** What changed between two sightings of the same ad: skill ids and names added and removed. */
export interface RepostChange {
  /** When the change was seen. */
  at: number;
  /** When the previous version was last seen. */
  since: number;
  added: { id: string; name: string }[];
  removed: { id: string; name: string }[];
}

/** One analysed ad, as a sighting (what one reading of the page gives). */
export interface Sighting {
  url: string;
  board: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  lean: JournalLean;
  skills: JournalSkill[];
  requirements: JournalRequirement[];
  match: JournalMatch | null;
  /** The ad's text: only when the user chose "keep the text". */
  text?: string;
}

export interface JournalEntry extends Sighting {
  /** The same job, whatever the URL's tracking: board id or canonical URL (see key.ts). */
  key: string;
  firstSeen: number;
  lastSeen: number;
  /** How many times it was read. */
  seen: number;
  status: JournalStatus | null;
  note: string;
  /** Reposts whose requirements changed, oldest first (the last few). */
  changes: RepostChange[];
}

export type Retention = 'forever' | '90' | '30';

export interface JournalSettings {
  /** Keep a journal at all (opt-in). */
  enabled: boolean;
  /** Keep each ad's text too. */
  keepText: boolean;
  retention: Retention;
  /** The first-run question was answered (yes or no). */
  asked: boolean;
}

export const DEFAULT_JOURNAL_SETTINGS: JournalSettings = { enabled: false, keepText: false, retention: 'forever', asked: false };
