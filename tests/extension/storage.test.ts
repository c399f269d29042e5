import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  exportProfile,
  interpretProfile,
  loadProfile,
  loadSettings,
  parseProfileFile,
  readProfile,
  tabsWithState,
  tabStateItem,
  withCopy,
} from '../../src/extension/storage';

afterEach(() => {
  vi.restoreAllMocks();
});

const stored = async (key: string): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];

describe('reading the profile', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the current format as it is', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: ['python'], custom: ['Basket weaving'] }, profile$: { v: 2 } });
    expect(await readProfile()).toEqual({ profile: { skills: ['python'], custom: ['Basket weaving'] }, rewrite: false });
  });

  it('a failed read throws and writes nothing (no empty profile, no "copy" of the error)', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: ['python', 'rust'], custom: [] }, profile$: { v: 2 } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(() => Promise.reject(new Error('IO error')));
    await expect(loadProfile()).rejects.toThrow(/could not read your profile \(IO error\)/);
    expect(set).not.toHaveBeenCalled();
    expect(await stored('profile')).toEqual({ skills: ['python', 'rust'], custom: [] });
    expect(await stored('corruptCopies')).toBeUndefined();
  });

  it('a reader never writes, even when the stored value needs a repair', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: ['python', 42], custom: 'oops' }, profile$: { v: 2 } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await loadProfile()).toEqual({ profile: { skills: ['python'], custom: [] }, corrupted: true });
    expect(set).not.toHaveBeenCalled();
  });

  it('loads settings, defaults for wrong types, and says so', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: 'yes', badge: 7 } });
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, corrupted: true });
    await fakeBrowser.storage.local.set({ settings: { highlights: false, badge: 'lean' } });
    expect(await loadSettings()).toEqual({ settings: { highlights: false, badge: 'lean' }, corrupted: false });
  });
});

describe('interpretProfile (versions and migration)', () => {
  it('migrates a v1 list, filtering entries that are not text, and asks for a copy first', () => {
    const raw = ['Python', 42, ' k8s ', null, 'Basket weaving', ''];
    const r = interpretProfile(raw, undefined);
    expect(r.profile).toEqual({ skills: [], custom: ['Python', 'k8s', 'Basket weaving'] });
    expect(r.rewrite).toBe(true);
    expect(r.copy).toEqual({ raw, reason: expect.stringMatching(/2 entries that were not text/) });
  });

  it('keeps a copy of a clean v1 list too, before it is migrated', () => {
    expect(interpretProfile(['Python'], 1).copy?.reason).toMatch(/first format/);
  });

  it('reads what it can of a value from a newer Skillmark, keeps a copy, and does not rewrite it', () => {
    const raw = { skills: [{ id: 'python', level: 3 }, 'rust', 7], custom: [{ name: 'Basket weaving' }] };
    const r = interpretProfile(raw, 3);
    expect(r.profile).toEqual({ skills: ['python', 'rust'], custom: ['Basket weaving'] });
    expect(r.rewrite).toBe(false);
    expect(r.copy?.reason).toMatch(/newer Skillmark \(format v3\)/);
  });

  it('keeps the readable part of a damaged value, with a copy', () => {
    const r = interpretProfile({ skills: ['python', 42, null], custom: 'oops' }, 2);
    expect(r.profile).toEqual({ skills: ['python'], custom: [] });
    expect(r.copy?.raw).toEqual({ skills: ['python', 42, null], custom: 'oops' });
    expect(interpretProfile('{"skills": ["pyth', 2)).toMatchObject({ profile: { skills: [], custom: [] }, copy: { raw: '{"skills": ["pyth' } });
  });

  it('adopts the current shape written without a version, and nothing at all is an empty profile', () => {
    expect(interpretProfile({ skills: ['go'], custom: [] }, undefined)).toEqual({ profile: { skills: ['go'], custom: [] }, rewrite: true });
    expect(interpretProfile(undefined, undefined)).toEqual({ profile: { skills: [], custom: [] }, rewrite: false });
  });
});

describe('kept copies', () => {
  it('keeps the same value once, and the newest ten', () => {
    let copies = withCopy([], 'profile', ['a', 1], 'v1', 1);
    expect(withCopy(copies, 'profile', ['a', 1], 'v1', 2)).toBe(copies);
    for (let i = 0; i < 12; i++) copies = withCopy(copies, 'profile', { n: i }, 'x', i);
    expect(copies).toHaveLength(10);
    expect(copies.at(-1)!.raw).toBe('{"n":11}');
  });
});

describe('tab state items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('one session item per tab, listed by id', async () => {
    await tabStateItem(4).setValue({ status: 'no-ad', url: 'https://x.org', board: null, title: null });
    await tabStateItem(11).setValue({ status: 'error', url: 'https://y.org', board: null, title: null, reason: 'x' });
    expect((await tabsWithState()).sort((a, b) => a - b)).toEqual([4, 11]);
    expect(await tabStateItem(4).getValue()).toMatchObject({ status: 'no-ad' });
    expect(await tabStateItem(5).getValue()).toBeNull();
  });
});

describe('profile import and export', () => {
  it('round-trips exactly', () => {
    const profile = { skills: ['python', 'pytorch', 'cpp'], custom: ['Basket weaving', 'Ünïcödé 🙂'] };
    expect(parseProfileFile(exportProfile(profile))).toEqual({ profile, dropped: 0 });
  });

  it('rejects bad files with a clear message', () => {
    expect(() => parseProfileFile('not json')).toThrow(/not JSON/);
    expect(() => parseProfileFile('{"skills": []}')).toThrow(/not a Skillmark profile/);
    expect(() => parseProfileFile('{"skillmark": "profile", "version": 9, "profile": {}}')).toThrow(/version 9/);
    expect(() => parseProfileFile('{"skillmark": "profile", "version": 2, "profile": ["python"]}')).toThrow(/damaged/);
  });

  it('leaves out entries that are not text, and counts them', () => {
    expect(parseProfileFile('{"skillmark": "profile", "version": 2, "profile": {"skills": ["python", 1, "python"], "custom": [null, "x"]}}')).toEqual({
      profile: { skills: ['python'], custom: ['x'] },
      dropped: 3,
    });
  });

  it('refuses a file too large or with too many entries, before reading it into the profile', () => {
    expect(() => parseProfileFile(' '.repeat(1_000_001))).toThrow(/too large/);
    const many = JSON.stringify({ skillmark: 'profile', version: 2, profile: { skills: Array.from({ length: 6000 }, (_, i) => `s${i}`), custom: [] } });
    expect(() => parseProfileFile(many)).toThrow(/6,000 skills.*at most 5,000/);
  });
});
