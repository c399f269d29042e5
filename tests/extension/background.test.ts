import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANYWAY, CONTENT_SCRIPT_FILE, dispatch, handlers, type Sender } from '../../src/extension/background';
import { CONTENT_SCRIPT_MAY_SEND, type MessageName } from '../../src/extension/messages';
import { profileItem, settingsItem, tabStateItem } from '../../src/extension/storage';

const page = (tabId: number, url = 'https://jobs.lever.co/x/1'): Sender => ({ url, tab: { id: tabId, url } });
const popup = (): Sender => ({ url: fakeBrowser.runtime.getURL('/popup.html') });
const TEXT = 'Requirements\n- Python and Kubernetes';
const payload = (text = TEXT, extra: Record<string, unknown> = {}) => ({ url: 'https://jobs.lever.co/x/1', found: true, board: 'Lever', title: 'Engineer', text, ...extra });

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('analysing a page', () => {
  it('analyses with the stored profile, answers per mention, and stores the tab\'s state in its session item', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    const verdict = await handlers.analysePage(payload(), page(7));
    expect(verdict.mentions.map((m) => [TEXT.slice(m.start, m.end), m.status])).toEqual([
      ['Python', 'matched'],
      ['Kubernetes', 'missing'],
    ]);
    const state = await tabStateItem(7).getValue();
    expect(state).toMatchObject({ status: 'ready', board: 'Lever', title: 'Engineer' });
    expect(state?.match?.missing).toEqual(['kubernetes']);
    expect(JSON.stringify(state)).not.toContain('Requirements'); // the ad's text is not kept
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toMatch(/^\d+%$/);
  });

  it('caps what a page sends: a 5 MB title is cut, an over-long text is cut and marked truncated', async () => {
    const huge = 'T'.repeat(5_000_000);
    await handlers.analysePage(payload('Requirements\n' + 'You will build services in Python and SQL with the team every day.\n'.repeat(5_000), { title: huge, board: huge, url: 'https://x.org/' + 'a'.repeat(10_000) }), page(8));
    const state = (await tabStateItem(8).getValue())!;
    expect(state.title!.length).toBeLessThanOrEqual(300);
    expect(state.board!.length).toBeLessThanOrEqual(60);
    expect(state.url.length).toBeLessThanOrEqual(2048);
    expect(state.truncated).toBe(true);
    expect(JSON.stringify(state).length).toBeLessThan(50_000);
  });

  it('refuses a payload of the wrong types', async () => {
    await expect(handlers.analysePage({ ...payload(), title: 42 } as never, page(9))).rejects.toThrow(/title must be text/);
    await expect(handlers.analysePage({ ...payload(), found: 'yes' } as never, page(9))).rejects.toThrow(/found/);
    await expect(handlers.analysePage(null as never, page(9))).rejects.toThrow(/object/);
    expect(await tabStateItem(9).getValue()).toBeNull();
  });

  it('a newer request supersedes an older one: the stale result never overwrites the newer state', async () => {
    // The first request's profile read is slow; the second arrives meanwhile.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let first = true;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      if (first) {
        first = false;
        await new Promise((r) => setTimeout(r, 50));
      }
      return get(keys as never);
    });
    const older = handlers.analysePage(payload('Requirements\n- PyTorch', { title: 'Old ad' }), page(5));
    await new Promise((r) => setTimeout(r, 10));
    const newer = handlers.analysePage(payload('Requirements\n- Kafka', { title: 'New ad' }), page(5));
    const [a, b] = await Promise.all([older, newer]);
    expect(a).toEqual({ mentions: [], skills: {}, superseded: true });
    expect(b.mentions.map((m) => m.skill)).toEqual(['kafka']);
    expect(await tabStateItem(5).getValue()).toMatchObject({ title: 'New ad' });
  });

  it('turns a content-script failure into the tab\'s error state', async () => {
    await handlers.reportError('extraction failed', page(3, 'https://x.org'));
    expect(await tabStateItem(3).getValue()).toMatchObject({ status: 'error', reason: 'extraction failed' });
  });

  it('updates every ready tab\'s score and lists together when the profile changes', async () => {
    await handlers.analysePage(payload(), page(7));
    expect((await tabStateItem(7).getValue())?.hasProfile).toBe(false);
    await handlers.addSkill('python', popup());
    const one = (await tabStateItem(7).getValue())!;
    expect(one.match).toMatchObject({ matched: ['python'], missing: ['kubernetes'] });
    await handlers.addSkill('kubernetes', popup());
    const both = (await tabStateItem(7).getValue())!;
    expect(both.match).toMatchObject({ matched: expect.arrayContaining(['python', 'kubernetes']), missing: [] });
    expect(both.match!.score).toBeGreaterThan(one.match!.score);
  });

  it('uses browserAction for the badge where there is no action (Firefox MV2)', async () => {
    const browser = fakeBrowser as unknown as { action?: unknown; browserAction: unknown };
    const real = browser.action;
    const { browserAction } = browser;
    browser.browserAction = real;
    browser.action = undefined;
    try {
      await profileItem.setValue({ skills: ['python'], custom: [] });
      await handlers.analysePage(payload(), page(21));
      browser.action = real;
      expect(await fakeBrowser.action.getBadgeText({ tabId: 21 })).toMatch(/^\d+%$/);
    } finally {
      browser.action = real;
      browser.browserAction = browserAction;
    }
  });
});

describe('who may send what', () => {
  it('refuses page-only messages from a content script, and accepts them from Skillmark\'s pages (popup, options in a tab)', async () => {
    const before = await settingsItem.getValue();
    await expect(dispatch('setSettings', { highlights: false }, page(1, 'https://evil.example/job'))).rejects.toThrow(/only accepted from Skillmark's own pages/);
    await expect(dispatch('importProfile', { text: '{}', mode: 'replace' }, page(1))).rejects.toThrow(/own pages/);
    await expect(dispatch('setSettings', { highlights: false }, {})).rejects.toThrow(/own pages/);
    expect(await settingsItem.getValue()).toEqual(before);
    expect(await dispatch('setSettings', { highlights: false }, popup())).toMatchObject({ highlights: false });
    const optionsTab = { url: fakeBrowser.runtime.getURL('/options.html'), tab: { id: 2, url: fakeBrowser.runtime.getURL('/options.html') } };
    expect(await dispatch('setSettings', { badge: 'lean' }, optionsTab)).toEqual({ highlights: false, badge: 'lean' });
  });

  it('accepts exactly analysePage, reportError and addSkill from a content script', async () => {
    expect([...CONTENT_SCRIPT_MAY_SEND].sort()).toEqual(['addSkill', 'analysePage', 'reportError']);
    await dispatch('addSkill', 'python', page(1));
    expect(await profileItem.getValue()).toEqual({ skills: ['python'], custom: [] });
    const pageOnly = (Object.keys(handlers) as MessageName[]).filter((n) => !(CONTENT_SCRIPT_MAY_SEND as readonly string[]).includes(n));
    for (const name of pageOnly) await expect(dispatch(name, undefined as never, page(1)), name).rejects.toThrow(/own pages/);
  });

  it('adds only lexicon skills from "I have this"', async () => {
    await expect(handlers.addSkill('<img onerror=x>', page(1))).rejects.toThrow(/does not know/);
    expect(await profileItem.getValue()).toEqual({ skills: [], custom: [] });
  });
});

describe('analyse this page anyway', () => {
  const LIST = 'https://www.indeed.com/jobs?q=python';
  const listPayload = { url: LIST, found: false, board: 'Indeed', title: null, text: '', reason: 'This page is a list of jobs, not one ad: open a job to analyse it.' };
  let statuses: string[];
  let unwatch: () => void;

  beforeEach(() => {
    ANYWAY.timeoutMs = 15_000;
    statuses = [];
    unwatch = tabStateItem(12).watch((s) => statuses.push(s?.status ?? 'none'));
  });
  afterEach(() => unwatch());

  /** The tab's content script as a stand-in: it answers the ping (when running) by reading the page again. */
  function contentScript(running: { value: boolean }, answerWith = listPayload) {
    return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number, message: { type: string }, _o: unknown, reply: (r: unknown) => void) => {
      if (message.type !== 'contentPing' || !running.value) return reply(undefined);
      reply({ res: true });
      // The script reads again and reports, as a content script does (the found:false answer included).
      setTimeout(() => void handlers.analysePage(answerWith, page(tabId, LIST)), 20);
    }) as never);
  }

  it('asks a running content script, which reads again; answers once the result is stored, and shows "analysing" meanwhile', async () => {
    await handlers.analysePage(listPayload, page(12, LIST)); // the state from the first reading
    const ping = contentScript({ value: true });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await handlers.analyseTabAnyway(12, popup())).toEqual({ ok: true });
    expect(ping).toHaveBeenCalledWith(12, expect.objectContaining({ type: 'contentPing' }), undefined, expect.any(Function));
    expect(inject).not.toHaveBeenCalled();
    // The same "list" answer as before, but marked as read again at the user's request: the popup can say why nothing changed.
    expect(await tabStateItem(12).getValue()).toMatchObject({ status: 'no-ad', asked: true, reason: listPayload.reason });
    expect(statuses).toEqual(['no-ad', 'analysing', 'no-ad']);
  });

  it('injects the content script when nothing answers, then asks it', async () => {
    const running = { value: false };
    const ping = contentScript(running, { ...listPayload, url: LIST });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
      running.value = true;
      return [];
    });
    expect(await handlers.analyseTabAnyway(12, popup())).toEqual({ ok: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12 }, files: [CONTENT_SCRIPT_FILE] });
    expect(ping).toHaveBeenCalledTimes(2);
    expect(await tabStateItem(12).getValue()).toMatchObject({ status: 'no-ad', asked: true });
  });

  it('explains, in the tab\'s state, why a page without access cannot be read', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((_t: number, _m: unknown, _o: unknown, reply: (r: unknown) => void) => reply(undefined)) as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const r = await handlers.analyseTabAnyway(12, popup());
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^Skillmark cannot read this page: Skillmark has no access to this tab right now\. Click Skillmark's button in the toolbar/);
    // The error stays visible: it is the tab's state, not a message that vanishes with the popup.
    expect(await tabStateItem(12).getValue()).toMatchObject({ status: 'error', reason: r.error, asked: true });
  });

  it('says at once that a browser page is closed to extensions, without trying', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const r = await handlers.analyseTabAnyway(tab.id!, popup());
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/browser's own pages/) });
    expect(inject).not.toHaveBeenCalled();
    expect(await tabStateItem(tab.id!).getValue()).toMatchObject({ status: 'error', url: 'chrome://settings/' });
  });

  it('does not stay on "analysing" when the page never answers: the error says so', async () => {
    ANYWAY.timeoutMs = 60;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((_t: number, _m: unknown, _o: unknown, reply: (r: unknown) => void) => reply({ res: true })) as never);
    const r = await handlers.analyseTabAnyway(12, popup());
    expect(r.ok).toBe(false);
    expect(await tabStateItem(12).getValue()).toMatchObject({ status: 'error', reason: expect.stringMatching(/no answer/) });
    expect(statuses).toEqual(['analysing', 'error']);
  });

  it('answers the ask with a content-script failure too', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number, _m: unknown, _o: unknown, reply: (r: unknown) => void) => {
      reply({ res: true });
      setTimeout(() => void handlers.reportError('The page could not be read: boom', page(tabId, LIST)), 20);
    }) as never);
    expect(await handlers.analyseTabAnyway(12, popup())).toEqual({ ok: true });
    expect(await tabStateItem(12).getValue()).toMatchObject({ status: 'error', reason: 'The page could not be read: boom', asked: true });
  });
});

describe('résumé', () => {
  it('finds the lexicon skills in pasted text, in the background', async () => {
    const found = await handlers.findSkillsInText('Five years building services in Go and Python on Kubernetes; some PyTorch.', popup());
    expect(found.map((f) => f.name)).toEqual(['Go', 'Python', 'Kubernetes', 'PyTorch']);
  });
});
