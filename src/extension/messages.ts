/**
 * The one typed message protocol between the content script, the background and the popup /
 * options pages. Page text crosses it as data only.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LeanResult, MatchResult, SkillSummary } from '../analysis/types';

/** What the content script read from the page. */
export interface PagePayload {
  url: string;
  found: boolean;
  board: string | null;
  title: string | null;
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
}

/** Everything the popup shows for a tab. */
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
}

interface ProtocolMap {
  /** content -> background: analyse this page's ad. */
  analysePage(page: PagePayload): PageVerdict;
  /** popup -> background: the state of a tab. */
  getTabState(tabId: number): TabState | null;
  /** popup -> background: read this (unsupported) tab anyway, with the activeTab grant. */
  analyseTabAnyway(tabId: number): { ok: boolean; error?: string };
  /** popup / content -> background: "I have this". */
  addSkill(id: string): void;
  /** content -> background: something failed on the page (never thrown into it). */
  reportError(message: string): void;
  /** background -> content script of a tab: are you running? (and read the page again). */
  contentPing(): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
