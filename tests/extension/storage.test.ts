import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  corruptCopiesItem,
  DEFAULT_SETTINGS,
  exportProfile,
  loadProfile,
  loadSettings,
  parseProfileFile,
  profileItem,
  settingsItem,
} from '../../src/extension/storage';

describe('storage items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('migrates the v1 profile (a list of names) to the current shape, keeping every entry', async () => {
    await fakeBrowser.storage.local.set({ profile: ['Python', ' k8s ', 'Basket weaving'], profile$: { v: 1 } });
    await profileItem.migrate();
    expect(await profileItem.getValue()).toEqual({ skills: [], custom: ['Python', 'k8s', 'Basket weaving'] });
    expect((await fakeBrowser.storage.local.get('profile$')).profile$).toEqual({ v: 2 });
  });

  it('keeps a current-shape profile that was written without version metadata', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: ['python'], custom: [] } });
    await profileItem.migrate();
    expect(await profileItem.getValue()).toEqual({ skills: ['python'], custom: [] });
  });

  it('detects a corrupted profile, keeps what it can, and keeps a copy of the rest', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: ['python', 42, null], custom: 'oops' }, profile$: { v: 2 } });
    const { profile, corrupted } = await loadProfile();
    expect(corrupted).toBe(true);
    expect(profile).toEqual({ skills: ['python'], custom: [] });
    const copies = await corruptCopiesItem.getValue();
    expect(copies).toHaveLength(1);
    expect(copies[0]!.key).toBe('profile');
    expect(copies[0]!.raw).toContain('oops');
    // Repaired in storage, so the next read is clean.
    expect((await loadProfile()).corrupted).toBe(false);
  });

  it('keeps a truncated JSON string found where the profile should be', async () => {
    await fakeBrowser.storage.local.set({ profile: '{"skills": ["pyth', profile$: { v: 2 } });
    const { profile, corrupted } = await loadProfile();
    expect(corrupted).toBe(true);
    expect(profile).toEqual({ skills: [], custom: [] });
    expect((await corruptCopiesItem.getValue())[0]!.raw).toBe('{"skills": ["pyth');
  });

  it('falls back to default settings on wrong types, and says so', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: 'yes', badge: 7 }, settings$: { v: 1 } });
    const { settings, corrupted } = await loadSettings();
    expect(corrupted).toBe(true);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ highlights: false, badge: 'lean' });
    expect(await loadSettings()).toEqual({ settings: { highlights: false, badge: 'lean' }, corrupted: false });
  });
});

describe('profile import and export', () => {
  it('round-trips exactly', () => {
    const profile = { skills: ['python', 'pytorch', 'cpp'], custom: ['Basket weaving', 'Ünïcödé 🙂'] };
    expect(parseProfileFile(exportProfile(profile))).toEqual(profile);
  });

  it('rejects bad files with a clear message', () => {
    expect(() => parseProfileFile('not json')).toThrow(/not JSON/);
    expect(() => parseProfileFile('{"skills": []}')).toThrow(/not a Skillmark profile/);
    expect(() => parseProfileFile('{"skillmark": "profile", "version": 9, "profile": {}}')).toThrow(/version 9/);
    expect(() => parseProfileFile('{"skillmark": "profile", "version": 2, "profile": {"skills": [1], "custom": []}}')).toThrow(/damaged/);
    expect(() => parseProfileFile('{"skillmark": "profile", "version": 2, "profile": ["python"]}')).toThrow(/damaged/);
  });
});
