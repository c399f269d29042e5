import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers, type Sender } from '../../../src/extension/background';
import { allEntries, putEntry } from '../../../src/extension/journal/db';
import { journalRequest, recordAd, type JournalRequest } from '../../../src/extension/journal/service';
import { journalStateItem, profileItem } from '../../../src/extension/storage';
import type { JournalEntry } from '../../../src/journal/types';

const DAY = 86_400_000;
const page = (tabId: number, url: string): Sender => ({ url, tab: { id: tabId, url } });
const fromJournal: Sender = { url: fakeBrowser.runtime.getURL('/journal.html') };
const ad = (url: string, text: string, extra: Record<string, unknown> = {}) => ({ url, found: true, board: 'Greenhouse', title: 'Platform Engineer', company: 'Acme', location: 'Berlin', text, ...extra });
const ask = (request: JournalRequest) => handlers.journal(request, fromJournal);
/** Recording runs after the answer to the page: wait for the journal's queue. */
const settled = () => journalRequest({ op: 'list', data: undefined });

async function optIn(patch: Record<string, unknown> = {}): Promise<void> {
  await ask({ op: 'settings', data: { enabled: true, asked: true, ...patch } });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await ask({ op: 'clear', data: undefined });
});
afterEach(() => vi.restoreAllMocks());

describe('recording', () => {
  it('keeps nothing until the user opts in', async () => {
    await handlers.analysePage(ad('https://boards.greenhouse.io/acme/jobs/1', 'Requirements\n- Kubernetes and Go'), page(1, 'https://boards.greenhouse.io/acme/jobs/1'));
    await settled();
    expect(await allEntries()).toEqual([]);
  });

  it('keeps each analysed ad once opted in: board, company, skills, match; not its text unless asked', async () => {
    await optIn();
    await profileItem.setValue({ skills: ['go'], custom: [] });
    await handlers.analysePage(ad('https://boards.greenhouse.io/acme/jobs/1?gh_src=x', 'Requirements\n- Kubernetes and Go'), page(1, 'https://boards.greenhouse.io/acme/jobs/1'));
    await settled();
    const [e] = await allEntries();
    expect(e).toMatchObject({ key: 'greenhouse:1', board: 'Greenhouse', company: 'Acme', location: 'Berlin', title: 'Platform Engineer', seen: 1, status: null });
    expect(e!.skills.map((s) => [s.id, s.required])).toEqual(expect.arrayContaining([['kubernetes', true], ['go', true]]));
    expect(e!.match?.missing).toEqual(['kubernetes']);
    expect(e!.text).toBeUndefined();
    expect(JSON.stringify(e)).not.toContain('Requirements');

    await ask({ op: 'settings', data: { keepText: true } });
    await handlers.analysePage(ad('https://boards.greenhouse.io/acme/jobs/1', 'Requirements\n- Kubernetes and Go'), page(1, 'https://boards.greenhouse.io/acme/jobs/1'));
    await settled();
    const again = await allEntries();
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ seen: 2, text: 'Requirements\n- Kubernetes and Go' });
  });

  it('records what a repost changed', async () => {
    await optIn();
    const url = 'https://jobs.example/platform';
    await recordAd({ url, board: null, title: 'X', skills: [{ id: 'java', name: 'Java', section: 'required', required: true }] }, 1_000);
    await recordAd({ url, board: null, title: 'X', skills: [{ id: 'kubernetes', name: 'Kubernetes', section: 'required', required: true }] }, 1_000 + 21 * DAY);
    const [e] = await allEntries();
    expect(e!.changes).toHaveLength(1);
    expect(e!.changes[0]!.added.map((s) => s.name)).toEqual(['Kubernetes']);
    expect(e!.changes[0]!.removed.map((s) => s.name)).toEqual(['Java']);
  });
});

describe("the journal page's requests", () => {
  beforeEach(async () => {
    await optIn();
    for (const n of [1, 2]) await recordAd({ url: `https://jobs.example/${n}`, board: null, title: `Job ${n}`, skills: [] });
  });

  it('sets a status and a note, refuses an unknown status, forgets one ad, deletes everything', async () => {
    await ask({ op: 'setStatus', data: { key: 'jobs.example/1', status: 'interviewing' } });
    await ask({ op: 'setNote', data: { key: 'jobs.example/1', note: 'second round Tuesday' } });
    await expect(ask({ op: 'setStatus', data: { key: 'jobs.example/1', status: 'hired' as never } })).rejects.toThrow('Unknown status');
    let list = (await ask({ op: 'list', data: undefined })) as { entries: JournalEntry[] };
    expect(list.entries.find((e) => e.key === 'jobs.example/1')).toMatchObject({ status: 'interviewing', note: 'second round Tuesday' });
    await ask({ op: 'forget', data: 'jobs.example/1' });
    list = (await ask({ op: 'list', data: undefined })) as { entries: JournalEntry[] };
    expect(list.entries.map((e) => e.key)).toEqual(['jobs.example/2']);
    await ask({ op: 'clear', data: undefined });
    expect(await allEntries()).toEqual([]);
  });

  it('applies the retention setting at once', async () => {
    const old = (await allEntries())[0]!;
    await putEntry({ ...old, lastSeen: Date.now() - 100 * DAY });
    await ask({ op: 'settings', data: { retention: '90' } });
    const left = (await allEntries()).map((e) => e.key);
    expect(left).toHaveLength(1);
    expect(left).not.toContain(old.key);
  });

  it('refuses unknown settings and requests', async () => {
    await expect(ask({ op: 'settings', data: { sendToServer: true } as never })).rejects.toThrow('Unknown journal setting');
    await expect(ask({ op: 'drop' } as never)).rejects.toThrow('Unknown journal request');
  });

  it('is answered to Skillmark\'s pages only', async () => {
    const { dispatch } = await import('../../../src/extension/background');
    await expect(dispatch('journal', { op: 'list', data: undefined }, page(3, 'https://evil.example/'))).rejects.toThrow("only accepted from Skillmark's own pages");
  });
});

describe('a full storage', () => {
  beforeEach(async () => {
    await optIn();
    for (const n of [1, 2, 3]) await recordAd({ url: `https://jobs.example/${n}`, board: null, title: `Job ${n}`, skills: [] }, n * DAY);
  });
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('prunes the least recently seen ads, keeps the new one, and says so', async () => {
    const put = IDBObjectStore.prototype.put;
    let failures = 1;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (failures-- > 0) throw quota();
      return put.apply(this, args);
    });
    await recordAd({ url: 'https://jobs.example/new', board: null, title: 'New', skills: [] }, 10 * DAY);
    const keys = (await allEntries()).map((e) => e.key).sort();
    expect(keys).toEqual(['jobs.example/2', 'jobs.example/3', 'jobs.example/new']);
    expect((await journalStateItem.getValue()).problem?.message).toMatch(/Storage was full: the 1 least recently seen ads were removed/);
  });

  it('never fails silently when even pruning does not make room', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    await recordAd({ url: 'https://jobs.example/new', board: null, title: 'New', skills: [] }, 10 * DAY);
    expect((await journalStateItem.getValue()).problem?.message).toMatch(/could not be kept in your journal: .*storage for Skillmark is full/);
  });
});
