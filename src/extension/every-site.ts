/**
 * "Run Skillmark on every site that shows a job ad": the user's consent is the optional host
 * permission itself (granted from the popup or options page, or from the browser's own extension
 * settings; revoked there too). While it is held, the content script is registered for every site
 * except the boards the manifest already covers; when it goes, the registration goes. The
 * background keeps the two in step: on start-up, on `permissions.onAdded/onRemoved`, and when a
 * page asks. On a page with no job ad the script stays quiet (see src/page/job-signals.ts).
 */
import { browser } from 'wxt/browser';
import { BOARD_MATCHES } from '../page/sites/index';
import { EVERY_SITE_ORIGINS } from './every-site-origins';
import { createQueue } from './profile-writer';

export { EVERY_SITE_ORIGINS };

/** The id of the dynamic registration (one, replaced as a whole). */
export const EVERY_SITE_SCRIPT_ID = 'skillmark-every-site';

/** The built content script (WXT's name for it), relative to the extension's root. */
export const CONTENT_SCRIPT_PATH = 'content-scripts/content.js';

export interface EverySiteStatus {
  /** The permission is held (the user's consent). */
  on: boolean;
  /** The content script is registered for every site. */
  registered: boolean;
  error?: string;
}

/** The registration, as `scripting.registerContentScripts` takes it. */
export function everySiteScript() {
  return {
    id: EVERY_SITE_SCRIPT_ID,
    matches: [...EVERY_SITE_ORIGINS],
    // The boards have the manifest's own content script: one script a page.
    excludeMatches: [...BOARD_MATCHES],
    js: [CONTENT_SCRIPT_PATH],
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
}

export async function hasEverySitePermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...EVERY_SITE_ORIGINS] });
  } catch {
    return false;
  }
}

async function registered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [EVERY_SITE_SCRIPT_ID] });
  return scripts.some((s) => s.id === EVERY_SITE_SCRIPT_ID);
}

const queue = createQueue();

/**
 * Registration made to follow the permission, one change at a time (onAdded and the page's own
 * message often arrive together). `refresh` replaces an existing registration with the current
 * definition (after an update the boards list may have changed).
 */
export function syncEverySite(options: { refresh?: boolean } = {}): Promise<EverySiteStatus> {
  return queue(async () => {
    const on = await hasEverySitePermission();
    try {
      const was = await registered();
      if (on && was && options.refresh) {
        await browser.scripting.unregisterContentScripts({ ids: [EVERY_SITE_SCRIPT_ID] });
        await browser.scripting.registerContentScripts([everySiteScript()]);
      } else if (on && !was) {
        await browser.scripting.registerContentScripts([everySiteScript()]);
      } else if (!on && was) {
        await browser.scripting.unregisterContentScripts({ ids: [EVERY_SITE_SCRIPT_ID] });
      }
      return { on, registered: on };
    } catch (e) {
      return { on, registered: !on ? false : await registered().catch(() => false), error: `Skillmark could not ${on ? 'start' : 'stop'} running on every site: ${(e as Error)?.message ?? e}` };
    }
  });
}

/**
 * Switching off: the permission is given back (the browser then shows Skillmark without access to
 * every site) and the registration removed. Switching on happens in the page, where the browser
 * can ask the user (`permissions.request` needs the click); the background then registers.
 */
export async function switchOffEverySite(): Promise<EverySiteStatus> {
  try {
    await browser.permissions.remove({ origins: [...EVERY_SITE_ORIGINS] });
  } catch (e) {
    const status = await syncEverySite();
    return { ...status, error: `Skillmark could not give back its access to every site: ${(e as Error)?.message ?? e}` };
  }
  return syncEverySite();
}

/** Keeps the registration in step with the permission, however it changes. */
export function watchEverySitePermission(): void {
  const touchesUs = (p: { origins?: string[] }): boolean => (p.origins ?? []).some((o) => (EVERY_SITE_ORIGINS as readonly string[]).includes(o) || o === '<all_urls>');
  browser.permissions.onAdded.addListener((p) => {
    if (touchesUs(p)) void syncEverySite();
  });
  browser.permissions.onRemoved.addListener((p) => {
    if (touchesUs(p)) void syncEverySite();
  });
}
