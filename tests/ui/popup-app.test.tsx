// @vitest-environment happy-dom
/**
 * The popup's data flow, with the real background handlers behind the messages: the tab's state
 * and the settings are watched (no polling), actions are intents, failures roll back and are said.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeApis } from '../extension/fake-apis';
import { dispatch, handlers } from '../../src/extension/background';
import { sendMessage } from '../../src/extension/messages';
import { profileItem, settingsItem } from '../../src/extension/storage';
import { PopupApp } from '../../src/ui/PopupApp';

vi.mock('../../src/extension/messages', async (importOriginal) => ({ ...(await importOriginal<object>()), sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);
const fromPopup = { url: fakeBrowser.runtime.getURL('/popup.html') };

const TAB = 7;
const TEXT = 'Requirements\n- Python, Kubernetes and PyTorch';
/** Lets storage events, messages and effects run their course (several rounds: effects chain). */
async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 10))));
}
const byTestId = (root: HTMLElement, id: string): HTMLElement | null => root.querySelector(`[data-testid="${id}"]`);

async function mount(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<PopupApp />, root));
  await settle();
  return root;
}
const analyse = () => handlers.analysePage({ url: 'https://jobs.lever.co/x/1', found: true, board: 'Lever', title: 'Engineer', text: TEXT }, { tab: { id: TAB, url: 'https://jobs.lever.co/x/1' } });

beforeEach(() => {
  fakeBrowser.reset();
  installFakeApis(); // permissions, for the "every site" switch
  history.replaceState(null, '', `/popup.html?tab=${TAB}`);
  send.mockReset();
  send.mockImplementation(((name: never, data: never) => dispatch(name, data, fromPopup)) as never);
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('popup data flow', () => {
  it('shows the tab\'s state as soon as the background stores it, without asking again', async () => {
    const root = await mount();
    expect(byTestId(root, 'unsupported')).not.toBeNull();
    await analyse();
    await settle();
    expect(byTestId(root, 'read')!.textContent).toContain('Engineer');
    expect(byTestId(root, 'requirements')!.textContent).toMatch(/Kubernetes/);
    expect(send).not.toHaveBeenCalled(); // watched, not polled
  });

  it('"I have it" shows the skill as being added, then score and lists change together', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    await analyse();
    const root = await mount();
    const score = (): string => byTestId(root, 'score')!.textContent!;
    const before = score();
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="I have it: add Kubernetes to my skills"]')!;
    await act(async () => button.click());
    expect(send).toHaveBeenCalledWith('addSkill', 'kubernetes');
    await settle();
    expect(byTestId(root, 'matched')!.textContent).toContain('Kubernetes');
    expect(byTestId(root, 'missing')!.textContent).not.toContain('Kubernetes');
    expect(score()).not.toBe(before);
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'kubernetes'], custom: [] });
  });

  it('after "I have it" from the keyboard, the focus moves to the row now in its place, in the popup', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    await analyse();
    const root = await mount();
    const addButtons = () => [...byTestId(root, 'missing')!.querySelectorAll<HTMLButtonElement>('button.add')].map((b) => b.getAttribute('aria-label'));
    const [firstLabel, secondLabel] = addButtons();
    expect(addButtons()).toHaveLength(2);
    const first = root.querySelector<HTMLButtonElement>(`button[aria-label="${firstLabel}"]`)!;
    first.focus();
    // Enter on a button: a click with detail 0.
    await act(async () => void first.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 })));
    await settle();
    expect(addButtons()).toEqual([secondLabel]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(secondLabel);
    // The last one: focus goes to the "You have" heading, never to the body.
    await act(async () => void (document.activeElement as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 })));
    await settle();
    expect(document.activeElement?.id).toBe('matched-h');
  });

  it('ignores a quick second pointer click that lands on the row that moved up', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    await analyse();
    const root = await mount();
    const firstButton = () => byTestId(root, 'missing')!.querySelector<HTMLButtonElement>('button.add')!;
    const firstLabel = firstButton().getAttribute('aria-label');
    await act(async () => void firstButton().dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 })));
    await settle();
    // The rows moved: the next skill's button is where the first one was. A click right away is the same double-click.
    const secondLabel = firstButton().getAttribute('aria-label');
    expect(secondLabel).not.toBe(firstLabel);
    await act(async () => void firstButton().dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 })));
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(byTestId(root, 'missing')!.querySelector('button.add')!.getAttribute('aria-label')).toBe(secondLabel);
  });

  it('asks the tab to show a skill\'s card when its name is chosen', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    await analyse();
    const root = await mount();
    send.mockResolvedValue(true as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await act(async () => root.querySelector<HTMLButtonElement>('button[aria-label="PyTorch: show on the page"]')!.click());
    await settle();
    expect(send).toHaveBeenCalledWith('showSkill', 'pytorch', TAB);
    expect(close).toHaveBeenCalled();
  });

  it('rolls back a failed add and says why', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    await analyse();
    const root = await mount();
    let fail!: (e: Error) => void;
    send.mockImplementation((() => new Promise((_, reject) => (fail = reject))) as never);
    await act(async () => root.querySelector<HTMLButtonElement>('button[aria-label="I have it: add Kubernetes to my skills"]')!.click());
    const button = (): HTMLButtonElement => root.querySelector<HTMLButtonElement>('button[aria-label="I have it: add Kubernetes to my skills"]')!;
    expect(button().textContent).toBe('Adding…');
    // Marked busy, not disabled: a disabled button would drop the keyboard focus to the page's body.
    expect(button().getAttribute('aria-disabled')).toBe('true');
    await act(async () => button().click());
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => fail(new Error('QUOTA_BYTES quota exceeded')));
    await settle();
    expect(button().textContent).toBe('+ I have it');
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/Could not add the skill: QUOTA_BYTES/);
  });

  it('toggles highlights through the background; a failure puts the box back', async () => {
    await analyse();
    const root = await mount();
    const box = (): HTMLInputElement => byTestId(root, 'toggle-highlights') as HTMLInputElement;
    await act(async () => box().click());
    await settle();
    expect(await settingsItem.getValue()).toMatchObject({ highlights: false });
    expect(box().checked).toBe(false);
    send.mockRejectedValueOnce(new Error('storage is full'));
    await act(async () => box().click());
    await settle();
    expect(box().checked).toBe(false);
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/storage is full/);
  });

  it('follows a settings change made elsewhere (the options page)', async () => {
    await analyse();
    const root = await mount();
    expect((byTestId(root, 'toggle-highlights') as HTMLInputElement).checked).toBe(true);
    await handlers.setSettings({ highlights: false }, { url: fakeBrowser.runtime.getURL('/options.html') });
    await settle();
    expect((byTestId(root, 'toggle-highlights') as HTMLInputElement).checked).toBe(false);
  });

  it('says when "analyse anyway" cannot read the page', async () => {
    const root = await mount();
    await act(async () => root.querySelector<HTMLButtonElement>('button.primary')!.click());
    await settle();
    expect(byTestId(root, 'error')!.textContent).toMatch(/cannot read this page/);
  });
});
