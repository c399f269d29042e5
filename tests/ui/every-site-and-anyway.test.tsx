// @vitest-environment happy-dom
/**
 * The "every site" switch (options page and popup) and the popup's new states: read again at the
 * user's request, the analysis of a selection, errors in words. Real background handlers behind
 * the messages; permissions, registration and menus from in-memory fakes.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseSelection, dispatch, handlers } from '../../src/extension/background';
import { sendMessage } from '../../src/extension/messages';
import { SELECTION_MENU_ID } from '../../src/extension/selection';
import { EverySiteSwitch } from '../../src/ui/EverySiteSwitch';
import { PopupApp } from '../../src/ui/PopupApp';
import { installFakeApis, type FakeApis } from '../extension/fake-apis';

vi.mock('../../src/extension/messages', async (importOriginal) => ({ ...(await importOriginal<object>()), sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);
const fromPopup = { url: fakeBrowser.runtime.getURL('/popup.html') };
const TAB = 7;

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 10))));
}
const byTestId = (root: HTMLElement, id: string): HTMLElement | null => root.querySelector(`[data-testid="${id}"]`);
async function mount(node: preact.VNode): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root));
  await settle();
  return root;
}
const toggle = (root: HTMLElement) => byTestId(root, 'every-site-toggle') as HTMLInputElement;
async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
  await settle();
}

let api: FakeApis;
beforeEach(() => {
  fakeBrowser.reset();
  api = installFakeApis();
  history.replaceState(null, '', `/popup.html?tab=${TAB}`);
  send.mockReset();
  send.mockImplementation(((name: never, data: never) => dispatch(name, data, fromPopup)) as never);
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the "every site" switch', () => {
  it('is off until the user switches it on; on asks the browser, then the background registers', async () => {
    const root = await mount(<EverySiteSwitch />);
    expect(toggle(root).checked).toBe(false);
    expect(toggle(root).disabled).toBe(false);
    await click(toggle(root));
    expect(api.origins.has('*://*/*')).toBe(true);
    expect(send).toHaveBeenCalledWith('setEverySite', true);
    expect([...api.scripts.keys()]).toEqual(['skillmark-every-site']);
    expect(toggle(root).checked).toBe(true);
  });

  it('stays off, and says why, when the user declines the browser\'s prompt', async () => {
    api.answer = false;
    const root = await mount(<EverySiteSwitch />);
    await click(toggle(root));
    expect(toggle(root).checked).toBe(false);
    expect(byTestId(root, 'every-site-note')!.textContent).toMatch(/did not get your permission/);
    expect(api.scripts.size).toBe(0);
    expect(send).not.toHaveBeenCalled();
  });

  it('switching off gives the access back and unregisters; a revocation elsewhere shows at once', async () => {
    api.origins.add('*://*/*');
    await handlers.setEverySite(true, fromPopup);
    const root = await mount(<EverySiteSwitch />);
    expect(toggle(root).checked).toBe(true);
    await click(toggle(root));
    expect(toggle(root).checked).toBe(false);
    expect(api.origins.has('*://*/*')).toBe(false);
    expect(api.scripts.size).toBe(0);
    // Granted and revoked in the browser's own settings: the switch follows.
    api.grant(['*://*/*']);
    await settle();
    expect(toggle(root).checked).toBe(true);
    api.revoke(['*://*/*']);
    await settle();
    expect(toggle(root).checked).toBe(false);
  });

  it('is in the popup too', async () => {
    const root = await mount(<PopupApp />);
    expect(toggle(root)).not.toBeNull();
  });
});

describe('popup: analyse anyway and selections', () => {
  const LIST = 'https://www.indeed.com/jobs?q=python';
  const list = { url: LIST, found: false, board: 'Indeed', title: null, text: '', reason: 'This page is a list of jobs, not one ad: open a job to analyse it.' };

  it('on a list page, says it read the page again and why nothing changed', async () => {
    await handlers.analysePage(list, { tab: { id: TAB, url: LIST } });
    // The tab's content script, as a stand-in: it answers the ping and reads the page again.
    send.mockImplementation((async (name: never, data: never, tabId?: number) => {
      if (name !== 'contentPing') return dispatch(name, data, fromPopup);
      setTimeout(() => void handlers.analysePage(list, { tab: { id: tabId, url: LIST } }), 30);
      return true;
    }) as never);
    const root = await mount(<PopupApp />);
    expect(byTestId(root, 'read-again')).toBeNull();
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Analyse this page anyway')!;
    await act(async () => button.click());
    expect(root.textContent).toContain('Analysing');
    await new Promise((r) => setTimeout(r, 80));
    await settle();
    expect(byTestId(root, 'no-ad')!.textContent).toMatch(/list of jobs/);
    expect(byTestId(root, 'read-again')!.textContent).toMatch(/read this page again just now/);
  });

  it('shows an error in words once, without the generic prefix', async () => {
    send.mockImplementation((async (name: never, data: never) => (name === 'contentPing' ? Promise.reject(new Error('no receiver')) : dispatch(name, data, fromPopup))) as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const root = await mount(<PopupApp />);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Analyse this page anyway')!;
    await click(button);
    const error = byTestId(root, 'error')!.textContent!;
    expect(error).toMatch(/^Skillmark cannot read this page: Skillmark has no access to this tab right now/);
    expect(error).not.toMatch(/Something went wrong/);
  });

  it('shows the analysis of a selection with matched, missing and the lean', async () => {
    (fakeBrowser.action as unknown as { openPopup: unknown }).openPopup = async () => undefined;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    await handlers.addSkill('go', fromPopup);
    const root = await mount(<PopupApp />);
    await analyseSelection({ menuItemId: SELECTION_MENU_ID, selectionText: 'Requirements: Go, Kafka and Kubernetes in production.', pageUrl: 'https://mail.example.org/' }, { id: TAB });
    await settle();
    expect(byTestId(root, 'from-selection')).not.toBeNull();
    expect(byTestId(root, 'read')!.textContent).toContain('Selected text');
    expect(byTestId(root, 'matched')!.textContent).toContain('Go');
    expect(byTestId(root, 'missing')!.textContent).toContain('Kafka');
    expect(byTestId(root, 'lean-label')!.textContent).toMatch(/leaning|Hybrid|Not a tech/);
  });
});
