import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../../src/extension/background';
import { profileItem } from '../../src/extension/storage';

describe('background handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('analyses a page with the stored profile, answers per mention, and keeps the tab\'s state for the popup', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    const text = 'Requirements\n- Python and Kubernetes';
    const verdict = await handlers.analysePage({ url: 'https://jobs.lever.co/x/1', found: true, board: 'Lever', title: 'Engineer', text }, { tab: { id: 7 } });
    expect(verdict.mentions.map((m) => [text.slice(m.start, m.end), m.status])).toEqual([
      ['Python', 'matched'],
      ['Kubernetes', 'missing'],
    ]);
    const state = await handlers.getTabState(7);
    expect(state).toMatchObject({ status: 'ready', board: 'Lever', title: 'Engineer' });
    expect(state?.match?.missing).toEqual(['kubernetes']);
  });

  it('adds a skill to the profile once ("I have this")', async () => {
    await handlers.addSkill('pytorch');
    await handlers.addSkill('pytorch');
    expect(await profileItem.getValue()).toEqual({ skills: ['pytorch'], custom: [] });
  });

  it('turns a content-script failure into the tab\'s error state', async () => {
    await handlers.reportError('extraction failed', { tab: { id: 3, url: 'https://x.org' } });
    expect(await handlers.getTabState(3)).toMatchObject({ status: 'error', reason: 'extraction failed' });
  });

  it('answers "analyse anyway" with a readable error when the page cannot be injected', async () => {
    const r = await handlers.analyseTabAnyway(12345);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^Skillmark cannot read this page/);
  });

  it('has no state for a tab it never saw', async () => {
    expect(await handlers.getTabState(999)).toBeNull();
  });
});
