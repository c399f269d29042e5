import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, registerBackground } from '../../src/extension/background';
import { CONTENT_SCRIPT_PATH, EVERY_SITE_ORIGINS, EVERY_SITE_SCRIPT_ID, everySiteScript, switchOffEverySite, syncEverySite, watchEverySitePermission } from '../../src/extension/every-site';
import { BOARD_MATCHES } from '../../src/page/sites/index';
import { installFakeApis, type FakeApis } from './fake-apis';

const ALL = [...EVERY_SITE_ORIGINS];
const popup = { url: fakeBrowser.runtime.getURL('/popup.html') };
const contentScript = { url: 'https://careers.example.org/jobs/1', tab: { id: 3, url: 'https://careers.example.org/jobs/1' } };
/** Lets event listeners' promises run. */
const settle = () => new Promise((r) => setTimeout(r, 20));

let api: FakeApis;
beforeEach(() => {
  fakeBrowser.reset();
  api = installFakeApis();
});

describe('every site: the registration follows the permission', () => {
  it('registers nothing without the permission', async () => {
    expect(await syncEverySite()).toEqual({ on: false, registered: false });
    expect(api.scripts.size).toBe(0);
  });

  it('registers the content script for every site minus the boards, kept across sessions, once granted', async () => {
    api.origins.add('*://*/*');
    expect(await syncEverySite()).toEqual({ on: true, registered: true });
    expect(api.scripts.get(EVERY_SITE_SCRIPT_ID)).toEqual({
      id: EVERY_SITE_SCRIPT_ID,
      matches: ['*://*/*'],
      excludeMatches: [...BOARD_MATCHES],
      js: [CONTENT_SCRIPT_PATH],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
    // The built script's name, as WXT writes it.
    expect(CONTENT_SCRIPT_PATH).toBe('content-scripts/content.js');
  });

  it('follows a grant and a revocation made anywhere (permissions.onAdded / onRemoved)', async () => {
    watchEverySitePermission();
    api.grant(ALL);
    await settle();
    expect([...api.scripts.keys()]).toEqual([EVERY_SITE_SCRIPT_ID]);
    api.revoke(ALL);
    await settle();
    expect(api.scripts.size).toBe(0);
    // Other permissions changing do not touch the registration.
    api.origins.add('*://*/*');
    await syncEverySite();
    api.revoke(['https://example.org/*']);
    await settle();
    expect(api.scripts.size).toBe(1);
  });

  it('registers once when the grant event and the page\'s message arrive together', async () => {
    api.origins.add('*://*/*');
    const results = await Promise.all([syncEverySite(), syncEverySite(), syncEverySite()]);
    expect(results.every((r) => r.on && r.registered && !r.error)).toBe(true);
    expect(api.scripts.size).toBe(1);
  });

  it('replaces an outdated registration on refresh (after an update)', async () => {
    api.origins.add('*://*/*');
    api.scripts.set(EVERY_SITE_SCRIPT_ID, { id: EVERY_SITE_SCRIPT_ID, matches: ['*://*/*'], excludeMatches: ['*://old-board.example/*'], js: ['old.js'] });
    await syncEverySite({ refresh: true });
    expect(api.scripts.get(EVERY_SITE_SCRIPT_ID)).toEqual(everySiteScript());
  });

  it('switching off gives the permission back and unregisters', async () => {
    api.origins.add('*://*/*');
    await syncEverySite();
    expect(await switchOffEverySite()).toEqual({ on: false, registered: false });
    expect(api.origins.has('*://*/*')).toBe(false);
    expect(api.scripts.size).toBe(0);
  });

  it('says so when the browser refuses the registration', async () => {
    api.origins.add('*://*/*');
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockRejectedValue(new Error('quota'));
    const status = await syncEverySite();
    expect(status).toMatchObject({ on: true, registered: false, error: expect.stringMatching(/could not start running on every site: quota/) });
  });
});

describe('every site: wiring in the background', () => {
  it('setEverySite: from Skillmark\'s pages only; true registers what the page was granted, false switches off', async () => {
    await expect(dispatch('setEverySite', true, contentScript)).rejects.toThrow(/own pages/);
    api.origins.add('*://*/*');
    expect(await dispatch('setEverySite', true, popup)).toEqual({ on: true, registered: true });
    expect(await dispatch('setEverySite', false, popup)).toEqual({ on: false, registered: false });
    expect(api.scripts.size).toBe(0);
    // Without the grant, "on" registers nothing.
    expect(await dispatch('setEverySite', true, popup)).toEqual({ on: false, registered: false });
  });

  it('re-registers on browser start-up when the permission is held, and follows revocation', async () => {
    registerBackground();
    api.origins.add('*://*/*');
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect([...api.scripts.keys()]).toEqual([EVERY_SITE_SCRIPT_ID]);
    api.revoke(ALL);
    await settle();
    expect(api.scripts.size).toBe(0);
  });
});
