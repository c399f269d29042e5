/**
 * The background: one handler per message of the protocol (typed from it, registered in a loop),
 * refusing from content scripts what only Skillmark's pages may ask; analysis off the page's main
 * thread, one in flight per tab; per-tab state in session storage for the popup; the badge; and
 * the user's data changed only through the serialised writer.
 */
import { browser } from 'wxt/browser';
import { skillById } from '../analysis/lexicon';
import { analyze } from '../analysis/index';
import { warmUp } from '../analysis/warm-up';
import { CONTENT_SCRIPT_MAY_SEND, onMessage, sendMessage, type MessageData, type MessageName, type MessageReturn, type PageVerdict } from './messages';
import { changeProfile, changeSettings, checkedProfile, clearCopies, createQueue, importProfile, previewImport, repairStorage, restoreBackup, withoutEntry, withSkill, withSkills } from './profile-writer';
import { switchOffEverySite, syncEverySite, watchEverySitePermission } from './every-site';
import { closedPageReason, explainAccessError } from './page-access';
import { createSelectionMenu, selectedText, SELECTION_MENU_ID, SELECTION_TITLE, type SelectionClick } from './selection';
import { loadSettings, readProfile, tabsWithState, tabStateItem, type TabState } from './storage';
import { analysePage, badgeFor, checkPagePayload, rematch } from './tab-analysis';
import { journalRequest, pruneJournal, recordAd } from './journal/service';
import { changesActiveProfile, profilesRequest } from './journal/profiles';

/** Who sent a message, as the browser says (never as the message says). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** Skillmark's own pages (popup, options) have URLs inside the extension; content scripts have the page's. */
export function isExtensionPage(sender: Sender): boolean {
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

// ---------------------------------------------------------------------------------------------
// Per-tab state: written one at a time per tab; a newer analysis supersedes an older one.

const tabQueues = new Map<number, ReturnType<typeof createQueue>>();
const latestRequest = new Map<number, number>();
function inTab<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  let queue = tabQueues.get(tabId);
  if (!queue) tabQueues.set(tabId, (queue = createQueue()));
  return queue(job);
}

const action = (): typeof browser.action | undefined => browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;

async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const mode = await loadSettings().then(
    ({ settings }) => settings.badge,
    () => 'off' as const,
  );
  const badge = badgeFor(state, mode);
  try {
    await action()?.setBadgeText({ tabId, text: badge.text });
    await action()?.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

async function setTabState(tabId: number, state: TabState): Promise<void> {
  await tabStateItem(tabId).setValue(state);
  await showBadge(tabId, state);
}

const SUPERSEDED: PageVerdict = { mentions: [], skills: {}, superseded: true };

/** Every ready tab's match again, after the profile changed (each tab in its own queue, reading the latest profile). */
async function rematchTabs(): Promise<void> {
  const ids = await tabsWithState();
  await Promise.all(
    ids.map((tabId) =>
      inTab(tabId, async () => {
        const state = await tabStateItem(tabId).getValue();
        if (!state || state.status !== 'ready') return;
        const { profile } = await readProfile();
        await setTabState(tabId, rematch(state, profile));
      }).catch(() => undefined),
    ),
  );
}

async function refreshBadges(): Promise<void> {
  for (const tabId of await tabsWithState()) await showBadge(tabId, await tabStateItem(tabId).getValue().catch(() => null));
}

/** The built content script, as WXT names it: injected on demand into unsupported pages. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** How long a running content script has to answer before "analyse anyway" injects one. */
const PING_TIMEOUT_MS = 1000;

async function contentAnswers(tabId: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
  try {
    return (await Promise.race([sendMessage('contentPing', undefined, tabId).then((r) => r === true), timeout])) === true;
  } catch {
    return false; // nothing listening in that tab
  } finally {
    clearTimeout(timer);
  }
}

const MAX_RESUME_CHARS = 100_000;

let warmedUp = false;
/** Once per start of the worker: the matcher loaded and the analysis' code compiled before the ad arrives. */
function warmUpOnce(): void {
  if (warmedUp) return;
  warmedUp = true;
  warmUp();
}

/** How long "analyse anyway" waits for the page's answer before saying it got none (tests shorten it). */
export const ANYWAY = { timeoutMs: 15_000 };

/** Tabs whose user asked for a reading: the next state stored for them answers the ask. */
const askedTabs = new Map<number, () => void>();

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId))?.url;
  } catch {
    return undefined;
  }
}

async function storeError(tabId: number, url: string, reason: string): Promise<void> {
  await inTab(tabId, async () => {
    const previous = await tabStateItem(tabId).getValue().catch(() => null);
    await setTabState(tabId, { url: url.slice(0, 2048), board: previous?.board ?? null, title: previous?.title ?? null, status: 'error', reason: reason.slice(0, 500), asked: true });
  });
}

/** Opens the popup where the browser lets an extension do so; elsewhere the badge says there is a result. */
function openPopupIfAllowed(): void {
  try {
    const opened = (action() as { openPopup?: () => Promise<void> | void } | undefined)?.openPopup?.();
    if (opened && typeof (opened as Promise<void>).catch === 'function') (opened as Promise<void>).catch(() => undefined);
  } catch {
    // Not allowed here (no focused window, an older browser): the badge and the stored state remain.
  }
}

/**
 * The context menu's click: the selection analysed and stored as the tab's state. The popup is
 * asked to open first, while the click still counts as the user's action (Firefox requires it).
 */
export async function analyseSelection(info: SelectionClick, tab: { id?: number; url?: string } | undefined): Promise<TabState | null> {
  if (info.menuItemId !== SELECTION_MENU_ID) return null;
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  openPopupIfAllowed();
  const url = String(info.pageUrl ?? tab?.url ?? '').slice(0, 2048);
  const seq = (latestRequest.get(tabId) ?? 0) + 1;
  latestRequest.set(tabId, seq);
  await inTab(tabId, () => setTabState(tabId, { url, board: null, title: SELECTION_TITLE, status: 'analysing', source: 'selection' }));
  const { text, truncated } = await selectedText(info, tabId);
  return inTab(tabId, async () => {
    if (latestRequest.get(tabId) !== seq) return null;
    let state: TabState;
    if (!text.trim()) {
      state = { url, board: null, title: SELECTION_TITLE, status: 'error', reason: 'No text was selected: select the ad\'s text, then choose "Analyse the selected text with Skillmark".', source: 'selection' };
    } else {
      const { profile } = await readProfile();
      state = { ...analysePage({ url, found: true, board: null, title: null, text, truncated }, profile).state, title: SELECTION_TITLE, source: 'selection' };
    }
    if (latestRequest.get(tabId) !== seq) return null;
    await setTabState(tabId, state);
    return state;
  });
}

// ---------------------------------------------------------------------------------------------
// The handlers: one per message, typed from the protocol.

type Handlers = { [K in MessageName]: (data: MessageData<K>, sender: Sender) => Promise<MessageReturn<K>> };

export const handlers: Handlers = {
  async wake() {
    // Answered at once; the warm-up runs after, while the page is still loading.
    setTimeout(warmUpOnce, 0);
  },

  async analysePage(data, sender) {
    const page = checkPagePayload(data);
    const tabId = sender.tab?.id;
    if (tabId === undefined) {
      const { profile } = await readProfile();
      return analysePage(page, profile).verdict;
    }
    const seq = (latestRequest.get(tabId) ?? 0) + 1;
    latestRequest.set(tabId, seq);
    return inTab(tabId, async () => {
      if (latestRequest.get(tabId) !== seq) return SUPERSEDED;
      const { profile } = await readProfile();
      const { state, verdict } = analysePage(page, profile);
      if (latestRequest.get(tabId) !== seq) return SUPERSEDED;
      const answer = askedTabs.get(tabId);
      const stored = await tabStateItem(tabId).getValue().catch(() => null);
      // The user's selection stays what the popup shows until they ask for the page, or the page moves on.
      const keepSelection = !answer && stored?.source === 'selection' && stored.url === state.url;
      if (!keepSelection) await setTabState(tabId, answer ? { ...state, asked: true } : state);
      answer?.();
      if (state.status === 'ready') void recordAd({ ...state, ...page }); // the journal, when the user opted in
      return verdict;
    });
  },

  async reportError(message, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await inTab(tabId, async () => {
      const previous = await tabStateItem(tabId).getValue().catch(() => null);
      const url = String(sender.tab?.url ?? '').slice(0, 2048);
      const answer = askedTabs.get(tabId);
      await setTabState(tabId, { url, board: previous?.board ?? null, title: previous?.title ?? null, status: 'error', reason: String(message).slice(0, 500), ...(answer ? { asked: true } : {}) });
      answer?.();
    });
  },

  async addSkill(id) {
    const { changed } = await changeProfile((p) => withSkill(p, id));
    if (changed) await rematchTabs();
  },

  async addSkills(input) {
    const { before, after, changed } = await changeProfile((p) => withSkills(p, input));
    if (changed) await rematchTabs();
    return { added: after.skills.length + after.custom.length - before.skills.length - before.custom.length };
  },

  async removeSkill(entry) {
    const { changed } = await changeProfile((p) => withoutEntry(p, entry));
    if (changed) await rematchTabs();
  },

  async setSkills(profile) {
    const next = checkedProfile(profile);
    const { changed } = await changeProfile(() => next, 'before replacing your skills');
    if (changed) await rematchTabs();
  },

  async setSettings(patch) {
    const settings = await changeSettings(patch);
    await refreshBadges();
    return settings;
  },

  async findSkillsInText(text) {
    if (typeof text !== 'string') throw new Error('Paste some text first.');
    const ids = [...new Set(analyze(text, { maxChars: MAX_RESUME_CHARS }).mentions.map((m) => m.skill))];
    return ids.map((id) => ({ id, name: skillById(id)?.name ?? id }));
  },

  previewImport: (text) => previewImport(text),

  async importProfile(input) {
    const preview = await importProfile(input);
    await rematchTabs();
    return preview;
  },

  async restoreBackup() {
    await restoreBackup();
    await rematchTabs();
  },

  clearCopies: () => clearCopies(),

  async analyseTabAnyway(tabId) {
    if (!Number.isInteger(tabId)) throw new Error('Which tab?');
    const url = (await tabUrl(tabId)) ?? '';
    const closed = closedPageReason(url);
    if (closed) {
      await storeError(tabId, url, closed);
      return { ok: false, error: closed };
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answered = new Promise<boolean>((resolve) => {
      askedTabs.get(tabId)?.(); // an older ask is answered by the same reading
      askedTabs.set(tabId, () => resolve(true));
      timer = setTimeout(() => resolve(false), ANYWAY.timeoutMs);
    });
    const done = (): void => {
      clearTimeout(timer);
      askedTabs.delete(tabId);
    };
    await inTab(tabId, async () => {
      const previous = await tabStateItem(tabId).getValue().catch(() => null);
      await setTabState(tabId, { url: url || previous?.url || '', board: previous?.board ?? null, title: previous?.title ?? null, status: 'analysing', asked: true });
    });
    // A script already running there reads the page again when asked; a second injection would end it.
    if (!(await contentAnswers(tabId))) {
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
      } catch (e) {
        done();
        const error = explainAccessError(e, url);
        await storeError(tabId, url, error);
        return { ok: false, error };
      }
      // The new script reads the page by itself; asked, it reads fully and answers even without an ad.
      await contentAnswers(tabId);
    }
    const ok = await answered;
    done();
    if (ok) return { ok: true };
    const error = 'Skillmark got no answer from this page in time: reload the page and try again.';
    await storeError(tabId, url, error);
    return { ok: false, error };
  },

  async setEverySite(on) {
    if (typeof on !== 'boolean') throw new Error('On or off?');
    return on ? syncEverySite() : switchOffEverySite();
  },

  journal: (request) => journalRequest(request),

  async profiles(request) {
    const answer = await profilesRequest(request);
    if (changesActiveProfile(request)) await rematchTabs();
    return answer;
  },
};

const fromContentScripts = new Set<MessageName>(CONTENT_SCRIPT_MAY_SEND);

/** One message, as the wiring delivers it: refused when a content script asks for a page-only message. */
export function dispatch<K extends MessageName>(name: K, data: MessageData<K>, sender: Sender): Promise<MessageReturn<K>> {
  if (!Object.hasOwn(handlers, name)) return Promise.reject(new Error(`Unknown message "${String(name)}".`));
  if (!fromContentScripts.has(name) && !isExtensionPage(sender)) return Promise.reject(new Error(`"${name}" is only accepted from Skillmark's own pages.`));
  return handlers[name](data, sender);
}

/** A keyboard shortcut: turn the highlights on or off, or show the next highlighted skill's card in the active tab. */
export async function runCommand(command: string): Promise<void> {
  if (command === 'toggle-highlights') {
    const { settings } = await loadSettings();
    await changeSettings({ highlights: !settings.highlights });
    await refreshBadges();
  } else if (command === 'show-next-skill') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('showSkill', null, tab.id);
  }
}

export function registerBackground(): void {
  for (const name of Object.keys(handlers) as MessageName[]) {
    onMessage(name, ({ data, sender }) => dispatch(name, data as never, sender as Sender) as never);
  }

  // A tab that loads another page loses the old page's state (the popup must not show a stale ad).
  // Without access to the new page its URL is hidden: that is a different page too.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void inTab(tabId, async () => {
      const state = await tabStateItem(tabId).getValue();
      if (!state || (tab?.url && tab.url === state.url) || state.status === 'analysing') return;
      await tabStateItem(tabId).removeValue();
      await showBadge(tabId, null);
    }).catch(() => undefined);
  });

  const onSelectionClicked = (info: SelectionClick, tab?: { id?: number; url?: string }): Promise<TabState | null> => analyseSelection(info, tab).catch(() => null);
  browser.contextMenus?.onClicked.addListener((info, tab) => void onSelectionClicked(info as SelectionClick, tab));
  // Headless browsers cannot open a context menu: the end-to-end test calls this same handler from
  // the service worker's own scope (which no web page can reach).
  (globalThis as { skillmarkSelectionClicked?: typeof onSelectionClicked }).skillmarkSelectionClicked = onSelectionClicked;

  watchEverySitePermission();
  browser.runtime.onStartup?.addListener(() => {
    void createSelectionMenu().catch(() => undefined);
    void syncEverySite({ refresh: true });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    latestRequest.delete(tabId);
    tabQueues.delete(tabId);
    askedTabs.delete(tabId);
    void tabStateItem(tabId)
      .removeValue()
      .catch(() => undefined);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
    void createSelectionMenu().catch(() => undefined);
    // After an update the boards may differ: the registration is made again from the current list.
    void syncEverySite({ refresh: true });
  });

  // Keyboard shortcuts (wxt.config.ts `commands`); opening the popup is the browser's own.
  try {
    browser.commands?.onCommand.addListener((command) => void runCommand(command).catch(() => undefined));
  } catch {
    // No keyboard commands here (Firefox for Android, test doubles): the popup's controls remain.
  }

  // Migrate or repair what is stored, copying first; errors are kept for the next read to report.
  void repairStorage().catch(() => undefined);
  void pruneJournal();
}
