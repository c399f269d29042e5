/**
 * The one writer of the user's data, under fault injection (fakeBrowser's storage with failing or
 * slow reads and writes): each case here lost data before.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers, type Sender } from '../../src/extension/background';
import { changeProfile, createQueue, repairStorage } from '../../src/extension/profile-writer';
import { exportProfile, profileBackupItem, profileItem } from '../../src/extension/storage';

const popup: Sender = { url: fakeBrowser.runtime.getURL('/popup.html') };
const local = (): Promise<Record<string, unknown>> => fakeBrowser.storage.local.get(null as never);

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every write the test makes from now on, in order. */
function recordWrites(): Record<string, unknown>[] {
  const writes: Record<string, unknown>[] = [];
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    writes.push(items as Record<string, unknown>);
    return set(items);
  });
  return writes;
}

describe('the writer', () => {
  it('never writes after a failed read: the change is refused and the profile stays', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: ['python', 'rust'], custom: [] }, profile$: { v: 2 } });
    const writes = recordWrites();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    await expect(handlers.addSkill('pytorch', popup)).rejects.toThrow(/could not read your profile \(IO error\); nothing was changed/);
    expect(writes).toEqual([]);
    expect((await local()).profile).toEqual({ skills: ['python', 'rust'], custom: [] });
    expect((await local()).corruptCopies).toBeUndefined();
  });

  it('keeps both of two "add skill" messages in flight (10 at once, none lost)', async () => {
    const ids = ['python', 'rust', 'go', 'java', 'kubernetes', 'docker', 'pytorch', 'sql', 'react', 'kafka'];
    await Promise.all(ids.map((id) => handlers.addSkill(id, popup)));
    expect((await profileItem.getValue()).skills.sort()).toEqual([...ids].sort());
  });

  it('applies two settings patches in flight from two pages: neither overwrites the other', async () => {
    await Promise.all([handlers.setSettings({ highlights: false }, popup), handlers.setSettings({ badge: 'lean' }, popup)]);
    expect((await local()).settings).toEqual({ highlights: false, badge: 'lean' });
    await expect(handlers.setSettings({ badge: 'loud' } as never, popup)).rejects.toThrow(/does not know/);
    await expect(handlers.setSettings({ colour: 'red' } as never, popup)).rejects.toThrow(/Unknown setting/);
    expect((await local()).settings).toEqual({ highlights: false, badge: 'lean' });
  });

  it('awaits every write: a failed write rejects the change (the page can say so) and nothing half-written stays', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(handlers.addSkill('rust', popup)).rejects.toThrow(/QUOTA_BYTES/);
    vi.restoreAllMocks();
    expect(await profileItem.getValue()).toEqual({ skills: ['python'], custom: [] });
  });

  it('runs queued jobs one at a time, in order, after a failed one too', async () => {
    const serial = createQueue();
    const log: string[] = [];
    const job = (name: string, ms: number, fail = false) => () =>
      new Promise<string>((resolve, reject) =>
        setTimeout(() => {
          log.push(name);
          if (fail) reject(new Error(name));
          else resolve(name);
        }, ms),
      );
    const results = await Promise.allSettled([serial(job('a', 30)), serial(job('b', 1, true)), serial(job('c', 1))]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('refuses a change that would exceed the entry limit, writing nothing', async () => {
    await expect(changeProfile(() => ({ skills: Array.from({ length: 6000 }, (_, i) => `s${i}`), custom: [] }))).rejects.toThrow(/at most 5,000/);
    expect((await local()).profile).toBeUndefined();
  });
});

describe('migration and repair', () => {
  it('migrates a v1 list containing a non-string: filters it, keeps a copy first, then writes v2', async () => {
    await fakeBrowser.storage.local.set({ profile: ['Python', 42, ' k8s '] });
    const writes = recordWrites();
    await repairStorage();
    const all = await local();
    expect(all.profile).toEqual({ skills: [], custom: ['Python', 'k8s'] });
    expect(all.profile$).toEqual({ v: 2 });
    expect(all.corruptCopies).toEqual([expect.objectContaining({ key: 'profile', raw: '["Python",42," k8s "]', reason: expect.stringMatching(/not text/) })]);
    // The copy was stored before the profile was rewritten.
    const copyAt = writes.findIndex((w) => 'corruptCopies' in w);
    const profileAt = writes.findIndex((w) => 'profile' in w);
    expect(copyAt).toBeGreaterThanOrEqual(0);
    expect(copyAt).toBeLessThan(profileAt);
  });

  it('uses a value from a newer version as far as it reads, keeps a copy, and leaves it in place', async () => {
    const newer = { skills: [{ id: 'python', level: 3 }, { id: 'rust', level: 1 }], custom: ['Basket weaving'] };
    await fakeBrowser.storage.local.set({ profile: newer, profile$: { v: 3 } });
    await repairStorage();
    const all = await local();
    expect(all.profile).toEqual(newer); // not rewritten
    expect((all.corruptCopies as { reason: string }[])[0]!.reason).toMatch(/newer Skillmark/);
    // The active profile is the readable part: the analysis uses it.
    const verdict = await handlers.analysePage({ url: 'https://x.org', found: true, board: null, title: null, text: 'Requirements\n- Python and Rust' }, { tab: { id: 1 } });
    expect(verdict.mentions.map((m) => m.status)).toEqual(['matched', 'matched']);
  });

  it('writes nothing when all is well', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: ['python'], custom: [] }, profile$: { v: 2 }, settings: { highlights: true, badge: 'off' } });
    const writes = recordWrites();
    await repairStorage();
    expect(writes).toEqual([]);
  });

  it('a damaged value is repaired by the writer with a copy kept; the readable part stays', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: ['python', 42], custom: 'oops' }, profile$: { v: 2 } });
    await handlers.addSkill('rust', popup);
    const all = await local();
    expect(all.profile).toEqual({ skills: ['python', 'rust'], custom: [] });
    expect((all.corruptCopies as { raw: string }[])[0]!.raw).toContain('oops');
  });
});

describe('intents', () => {
  it('adds typed text: known spellings become skills, the rest is kept as typed; removes either', async () => {
    expect(await handlers.addSkills({ texts: ['k8s, Basket weaving'], ids: ['python'] }, popup)).toEqual({ added: 3 });
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'kubernetes'], custom: ['Basket weaving'] });
    await handlers.removeSkill('Basket weaving', popup);
    await handlers.removeSkill('python', popup);
    expect(await profileItem.getValue()).toEqual({ skills: ['kubernetes'], custom: [] });
  });

  it('replaces the whole profile, keeping the previous one as the backup', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    await handlers.setSkills({ skills: ['rust'], custom: [] }, popup);
    expect(await profileItem.getValue()).toEqual({ skills: ['rust'], custom: [] });
    expect((await profileBackupItem.getValue())?.profile).toEqual({ skills: ['python'], custom: [] });
    await expect(handlers.setSkills({ skills: 'rust' } as never, popup)).rejects.toThrow(/list/);
  });
});

describe('import', () => {
  const file = (skills: unknown[], custom: unknown[] = []): string => JSON.stringify({ skillmark: 'profile', version: 2, profile: { skills, custom } });

  it('previews with counts (unknown ids kept as free text) and changes nothing', async () => {
    await profileItem.setValue({ skills: ['python', 'rust'], custom: [] });
    const preview = await handlers.previewImport(file(['python', 'pytorch', 'k8s', 'quantum-basketry', 7], ['Basket weaving']), popup);
    expect(preview).toEqual({ skills: 3, custom: 2, unknownIds: 1, dropped: 1, current: 2, replace: 5, merge: 6 });
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'rust'], custom: [] });
  });

  it('merges or replaces; the previous profile is kept and can be brought back', async () => {
    await profileItem.setValue({ skills: ['python', 'rust'], custom: [] });
    await handlers.importProfile({ text: file(['pytorch']), mode: 'merge' }, popup);
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'rust', 'pytorch'], custom: [] });
    await handlers.importProfile({ text: file(['go'], ['Basket weaving']), mode: 'replace' }, popup);
    expect(await profileItem.getValue()).toEqual({ skills: ['go'], custom: ['Basket weaving'] });
    await handlers.restoreBackup(undefined, popup);
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'rust', 'pytorch'], custom: [] });
    // Bringing back is itself undoable.
    expect((await profileBackupItem.getValue())?.profile).toEqual({ skills: ['go'], custom: ['Basket weaving'] });
  });

  it('a quota error on import is an error, not "Imported 600001 skills", and the profile and backup stay', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (JSON.stringify(items).length > 20_000) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const big = exportProfile({ skills: [], custom: Array.from({ length: 4000 }, (_, i) => `Skill number ${i}`) });
    await expect(handlers.importProfile({ text: big, mode: 'replace' }, popup)).rejects.toThrow(/QUOTA_BYTES/);
    expect(await profileItem.getValue()).toEqual({ skills: ['python'], custom: [] });
    expect(await profileBackupItem.getValue()).toBeNull();
  });

  it('refuses a file with 600,001 skills before writing anything', async () => {
    const huge = exportProfile({ skills: Array.from({ length: 600_001 }, (_, i) => `s${i}`), custom: [] });
    await expect(handlers.previewImport(huge, popup)).rejects.toThrow(/too large|at most/);
    await expect(handlers.importProfile({ text: huge, mode: 'replace' }, popup)).rejects.toThrow(/too large|at most/);
    expect((await local()).profile).toBeUndefined();
  });

  it('says so when there is no previous profile to bring back', async () => {
    await expect(handlers.restoreBackup(undefined, popup)).rejects.toThrow(/no previous profile/);
  });
});
