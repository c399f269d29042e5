// @vitest-environment happy-dom
/**
 * The journal page with the real background behind its messages (IndexedDB faked): it shows the
 * ads recorded, keeps a status through the background, ranks learn-next, compares and forgets.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '../../src/extension/background';
import { allEntries } from '../../src/extension/journal/db';
import { journalRequest, recordAd } from '../../src/extension/journal/service';
import { sendMessage } from '../../src/extension/messages';
import { profileItem } from '../../src/extension/storage';
import { JournalApp } from '../../src/ui/journal/JournalApp';

vi.mock('../../src/extension/messages', async (importOriginal) => ({ ...(await importOriginal<object>()), sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);
const fromJournal = { url: fakeBrowser.runtime.getURL('/journal.html') };

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 10))));
}
const skill = (id: string, name: string, section = 'required') => ({ id, name, section, required: section === 'required' });

async function mount(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<JournalApp />, root));
  await settle();
  return root;
}
const tab = (root: HTMLElement, name: RegExp) => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((b) => name.test(b.textContent ?? ''))!;
const click = async (el: HTMLElement): Promise<void> => {
  await act(async () => el.click());
  await settle();
};

beforeEach(async () => {
  fakeBrowser.reset();
  send.mockReset();
  send.mockImplementation(((name: never, data: never) => dispatch(name, data, fromJournal)) as never);
  await journalRequest({ op: 'clear', data: undefined });
  await journalRequest({ op: 'settings', data: { enabled: true, asked: true } });
  await profileItem.setValue({ skills: ['python'], custom: [] });
  await recordAd({ url: 'https://jobs.example/a', board: 'Lever', title: 'Data Engineer', company: 'Quill', skills: [skill('kubernetes', 'Kubernetes'), skill('python', 'Python')] }, 1_000);
  await recordAd({ url: 'https://jobs.example/b', board: 'Ashby', title: 'SRE', company: 'Ferrous', skills: [skill('kubernetes', 'Kubernetes'), skill('go', 'Go', 'preferred')] }, 2_000);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the journal page', () => {
  it('lists the ads, newest first, and keeps a status through the background', async () => {
    const root = await mount();
    const rows = () => [...root.querySelectorAll('[data-testid="journal-table"] tbody tr')];
    expect(rows().map((r) => r.querySelector('a')?.textContent)).toEqual(['SRE', 'Data Engineer']);
    const select = root.querySelector<HTMLSelectElement>('select[aria-label="Status of SRE"]')!;
    await act(async () => {
      select.value = 'offer';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await allEntries()).find((e) => e.title === 'SRE')?.status).toBe('offer');
  });

  it('ranks learn next without what the profile has', async () => {
    const root = await mount();
    await click(tab(root, /Learn next/));
    const items = [...root.querySelectorAll('[data-testid="learn-next"] li strong')].map((li) => li.textContent);
    expect(items[0]).toBe('Kubernetes: required in 2 of your 2 ads');
    expect(items.join()).not.toContain('Python');
  });

  it('forgets one ad, and says when a request fails', async () => {
    const root = await mount();
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Forget SRE"]')!);
    expect((await allEntries()).map((e) => e.title)).toEqual(['Data Engineer']);
    expect(root.querySelectorAll('[data-testid="journal-table"] tbody tr')).toHaveLength(1);
    send.mockRejectedValueOnce(new Error('The journal is busy'));
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Forget Data Engineer"]')!);
    expect(root.querySelector('[data-testid="journal-message"]')?.textContent).toBe('The journal is busy');
    expect(await allEntries()).toHaveLength(1);
  });
});
