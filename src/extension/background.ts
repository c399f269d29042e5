/**
 * The background's handlers: analysis off the page's main thread, per-tab state for the popup,
 * the badge, "I have this", and reading an unsupported tab on request (activeTab + scripting).
 */
import { browser } from 'wxt/browser';
import { onMessage, type PagePayload, type PageVerdict, type TabState } from './messages';
import { loadProfile, loadSettings, profileItem } from './storage';
import { analysePage, badgeFor } from './tab-analysis';

/** Per-tab state, kept in memory and mirrored to session storage (the worker may be stopped). */
const tabs = new Map<number, TabState>();

async function setTabState(tabId: number, state: TabState): Promise<void> {
  tabs.set(tabId, state);
  await browser.storage.session?.set({ [`tab:${tabId}`]: state }).catch(() => undefined);
  const { settings } = await loadSettings();
  const badge = badgeFor(state, settings.badge);
  await browser.action?.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
  await browser.action?.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const known = tabs.get(tabId);
  if (known) return known;
  const stored = await browser.storage.session?.get(`tab:${tabId}`).catch(() => ({}));
  return ((stored as Record<string, TabState> | undefined)?.[`tab:${tabId}`] as TabState | undefined) ?? null;
}

/** The built content script, as WXT names it: injected on demand into unsupported pages. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Who sent a message: the content script's tab, when there is one. */
export interface Sender {
  tab?: { id?: number; url?: string };
}

/** The handlers, by message: plain async functions (tested without a messaging layer). */
export const handlers = {
  async analysePage(data: PagePayload, sender: Sender): Promise<PageVerdict> {
    const { profile } = await loadProfile();
    const { state, verdict } = analysePage(data, profile);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await setTabState(tabId, state);
    return verdict;
  },

  getTabState: (tabId: number): Promise<TabState | null> => getTabState(tabId),

  async addSkill(id: string): Promise<void> {
    const { profile } = await loadProfile();
    if (!profile.skills.includes(id)) await profileItem.setValue({ ...profile, skills: [...profile.skills, id] });
  },

  async reportError(message: string, sender: Sender): Promise<void> {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const previous = await getTabState(tabId);
    await setTabState(tabId, { url: sender.tab?.url ?? '', board: previous?.board ?? null, title: previous?.title ?? null, status: 'error', reason: String(message).slice(0, 500) });
  },

  async analyseTabAnyway(tabId: number): Promise<{ ok: boolean; error?: string }> {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
      return { ok: true };
    } catch (e) {
      return { ok: false, error: `Skillmark cannot read this page: ${(e as Error).message}` };
    }
  },
};

export function registerBackground(): void {
  onMessage('analysePage', ({ data, sender }) => handlers.analysePage(data, sender));
  onMessage('getTabState', ({ data }) => handlers.getTabState(data));
  onMessage('addSkill', ({ data }) => handlers.addSkill(data));
  onMessage('reportError', ({ data, sender }) => handlers.reportError(data, sender));
  onMessage('analyseTabAnyway', ({ data }) => handlers.analyseTabAnyway(data));

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    void browser.storage.session?.remove(`tab:${tabId}`).catch(() => undefined);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
}
