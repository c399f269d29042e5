/**
 * The one typed message protocol between the content script, the background and the popup /
 * options pages. Each message is declared once, here: the background's handler table is typed
 * from `BackgroundProtocol` (a missing or mistyped handler does not compile) and registered in a
 * loop, and `CONTENT_SCRIPT_MAY_SEND` says which messages a web page's content script may send.
 * Page text crosses it as data only.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EverySiteStatus } from './every-site';
import type { JournalRequest } from './journal/service';
import type { ProfilesRequest } from './journal/profiles';
import type { Profile, Settings } from './storage';

/** What the content script read from the page (checked and capped again by the background). */
export interface PagePayload {
  url: string;
  found: boolean;
  board: string | null;
  title: string | null;
  company?: string | null;
  location?: string | null;
  text: string;
  reason?: string;
  truncated?: boolean;
}

export type SkillStatus = 'matched' | 'missing' | 'other';

/** A mention as the page needs it: where, which skill, and how it stands with the user. */
export interface PageMention {
  start: number;
  end: number;
  skill: string;
  status: SkillStatus;
}

export interface SkillInfo {
  id: string;
  name: string;
  category: string;
  lean: string;
}

/** The background's answer to the content script. */
export interface PageVerdict {
  mentions: PageMention[];
  skills: Record<string, SkillInfo>;
  /** A newer request from the same tab replaced this one: paint nothing from it. */
  superseded?: true;
}

/** What an import would do, counted before anything is written (and what it did, after). */
export interface ImportPreview {
  /** Lexicon skills in the file. */
  skills: number;
  /** Entries kept as free text: the file's custom entries, and ids the lexicon does not know. */
  custom: number;
  /** Ids the lexicon does not know (included in `custom`). */
  unknownIds: number;
  /** Entries left out: not text, blank, too long, or repeated. */
  dropped: number;
  /** Entries in the profile now, after "replace", and after "merge". */
  current: number;
  replace: number;
  merge: number;
}

export type ImportMode = 'replace' | 'merge';

/** Messages the background answers. */
export interface BackgroundProtocol {
  /** content (at document_start) -> background: a job page is loading; start now, the ad follows. */
  wake(): void;
  /** content -> background: analyse this page's ad. */
  analysePage(page: PagePayload): PageVerdict;
  /** content -> background: something failed on the page (never thrown into it). */
  reportError(message: string): void;
  /** content ("I have this") / popup / options -> background: add one lexicon skill. */
  addSkill(id: string): void;
  /** options -> background: add lexicon skills and typed text (resolved against the lexicon; the rest kept as typed). */
  addSkills(input: { ids?: string[]; texts?: string[] }): { added: number };
  /** options -> background: remove a skill id or a free-text entry. */
  removeSkill(entry: string): void;
  /** options -> background: replace the whole profile (the previous one is kept as a backup). */
  setSkills(profile: Profile): void;
  /** popup / options -> background: change some settings; answers the settings now stored. */
  setSettings(patch: Partial<Settings>): Settings;
  /** options -> background: the lexicon skills found in a pasted résumé. */
  findSkillsInText(text: string): { id: string; name: string }[];
  /** options -> background: what importing this file would do (changes nothing). */
  previewImport(text: string): ImportPreview;
  /** options -> background: import a profile file, replacing or merging (the previous profile is kept as a backup). */
  importProfile(input: { text: string; mode: ImportMode }): ImportPreview;
  /** options -> background: bring back the profile kept before the last import or replace. */
  restoreBackup(): void;
  /** options -> background: forget the copies of unreadable data (the user has seen them). */
  clearCopies(): void;
  /**
   * popup -> background: read this tab anyway, with the activeTab grant. Answers once the tab's
   * state holds the result (or the error, in words): the popup shows that state as it changes.
   */
  analyseTabAnyway(tabId: number): { ok: boolean; error?: string };
  /**
   * popup / options -> background: after the page got the permission (true), register the content
   * script for every site; false gives the permission back and unregisters.
   */
  setEverySite(on: boolean): EverySiteStatus;
  /** journal page / options -> background: the journal's requests (typed in extension/journal/service.ts: `askJournal`). */
  journal(request: JournalRequest): unknown;
  /** popup / options -> background: named profiles (typed in extension/journal/profiles.ts: `askProfiles`). */
  profiles(request: ProfilesRequest): unknown;
}

/** Messages the content script answers (sent to a tab). */
export interface ContentProtocol {
  /** background -> content: are you running here? The script answers true and reads the page again. */
  contentPing(): boolean;
  /** popup / background (keyboard) -> content: show this skill's card (null: the next highlighted skill) and focus it. False when nothing is painted. */
  showSkill(skill: string | null): boolean;
}

/** The only messages accepted from a content script: everything else comes from Skillmark's own pages. */
export const CONTENT_SCRIPT_MAY_SEND = ['wake', 'analysePage', 'reportError', 'addSkill'] as const satisfies readonly (keyof BackgroundProtocol)[];

export type MessageName = keyof BackgroundProtocol;
export type MessageData<K extends MessageName> = Parameters<BackgroundProtocol[K]>[0];
export type MessageReturn<K extends MessageName> = ReturnType<BackgroundProtocol[K]>;

export const { sendMessage, onMessage } = defineExtensionMessaging<BackgroundProtocol & ContentProtocol>();
