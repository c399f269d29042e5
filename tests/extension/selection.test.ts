import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseSelection, handlers, registerBackground } from '../../src/extension/background';
import { SELECTION_MENU_ID, SELECTION_MENU_TITLE } from '../../src/extension/selection';
import { profileItem, tabStateItem } from '../../src/extension/storage';
import { installFakeApis, type FakeApis } from './fake-apis';

const URL = 'https://mail.example.org/inbox/42';
const AD = 'Requirements\n- Five years of Go and PostgreSQL\n- Kafka and Kubernetes in production';
const click = (extra: Record<string, unknown> = {}) => ({ menuItemId: SELECTION_MENU_ID, selectionText: AD.replace(/\s+/g, ' '), pageUrl: URL, frameId: 0, ...extra });
const tab = { id: 21, url: URL };
const settle = () => new Promise((r) => setTimeout(r, 20));

let api: FakeApis;
let openPopup: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  api = installFakeApis();
  openPopup = vi.fn(async () => undefined);
  (fakeBrowser.action as unknown as { openPopup: unknown }).openPopup = openPopup;
  // By default the page cannot be read (a PDF, a browser page): the menu's copy is used.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
});

describe('the context menu on selected text', () => {
  it('is created on install, for selections only', async () => {
    registerBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await settle();
    expect(api.menus.get(SELECTION_MENU_ID)).toMatchObject({ title: SELECTION_MENU_TITLE, contexts: ['selection'] });
  });

  it('analyses the selection as the tab\'s state: matched, missing and the lean; opens the popup and sets the badge', async () => {
    await profileItem.setValue({ skills: ['go', 'postgresql'], custom: [] });
    const state = await analyseSelection(click(), tab);
    expect(state).toMatchObject({ status: 'ready', source: 'selection', title: 'Selected text', url: URL });
    expect(state?.match?.matched).toEqual(expect.arrayContaining(['go', 'postgresql']));
    expect(state?.match?.missing).toEqual(expect.arrayContaining(['kafka', 'kubernetes']));
    expect(state?.lean?.label).toBe('swe');
    expect(await tabStateItem(21).getValue()).toEqual(state);
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 21 })).toMatch(/^\d+%$/);
    expect(JSON.stringify(state)).not.toContain('production'); // the text itself is not kept
  });

  it('reads the page\'s own selection (line breaks kept) in the clicked frame when the click\'s grant allows', async () => {
    const read = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 3, result: 'Requirements\n- Rust and WebAssembly' }] as never);
    const state = await analyseSelection(click({ frameId: 3, selectionText: 'Requirements - Rust and WebAssembly' }), tab);
    expect(read).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 21, frameIds: [3] } }));
    expect(state?.skills?.map((s) => s.id)).toEqual(expect.arrayContaining(['rust', 'webassembly']));
  });

  it('keeps the result when the browser will not open the popup (the badge says there is one)', async () => {
    openPopup.mockImplementation(() => {
      throw new Error('Could not find an active browser window.');
    });
    const state = await analyseSelection(click(), tab);
    expect(state?.status).toBe('ready');
    expect(await tabStateItem(21).getValue()).toMatchObject({ status: 'ready', source: 'selection' });
  });

  it('caps a huge selection, and says an empty one is empty', async () => {
    const huge = await analyseSelection(click({ selectionText: 'Requirements: Python and SQL. '.repeat(100_000) }), tab);
    expect(huge).toMatchObject({ status: 'ready', truncated: true });
    expect(JSON.stringify(huge).length).toBeLessThan(50_000);
    const empty = await analyseSelection(click({ selectionText: '   ' }), tab);
    expect(empty).toMatchObject({ status: 'error', reason: expect.stringMatching(/No text was selected/) });
  });

  it('ignores other menu items and clicks outside a tab', async () => {
    expect(await analyseSelection(click({ menuItemId: 'something-else' }), tab)).toBeNull();
    expect(await analyseSelection(click(), undefined)).toBeNull();
    expect(await tabStateItem(21).getValue()).toBeNull();
  });

  it('stays what the popup shows while the page\'s own script reports the same page; a new page replaces it', async () => {
    await analyseSelection(click(), tab);
    const sender = (url: string) => ({ url, tab: { id: 21, url } });
    const verdict = await handlers.analysePage({ url: URL, found: false, board: null, title: null, text: '', reason: 'No job ad was found on this page.' }, sender(URL));
    expect(verdict.mentions).toEqual([]); // the script still gets its answer
    expect(await tabStateItem(21).getValue()).toMatchObject({ source: 'selection' });
    await handlers.analysePage({ url: URL + '/next', found: false, board: null, title: null, text: '', reason: 'No job ad was found on this page.' }, sender(URL + '/next'));
    expect(await tabStateItem(21).getValue()).toMatchObject({ status: 'no-ad' });
  });

  it('the profile changing re-matches the selection too', async () => {
    await analyseSelection(click(), tab);
    await handlers.addSkill('kafka', { url: fakeBrowser.runtime.getURL('/popup.html') });
    expect((await tabStateItem(21).getValue())?.match?.matched).toContain('kafka');
  });
});
