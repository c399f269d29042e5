/**
 * End to end in Chromium: "Run Skillmark on every site that shows a job ad" (the optional host
 * permission and the dynamic registration), the context menu on selected text, and "Analyse this
 * page anyway" where Skillmark has no access.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '../../src/page/sites/index';
import { chromiumPath, EXTENSION, ensureBuilt, highlightsOf, launch, type Harness } from './harness';
import { contentStats, painted } from './isolated';

const hasChromium = !!chromiumPath();
if (!hasChromium && process.env.CI) throw new Error('CI needs Chromium for the end-to-end tests (apt-get install chromium).');

/** The extension APIs, as seen inside the service worker and chrome://extensions (evaluated there, not here). */
declare const chrome: any;

const CAREER = 'http://careers.fernhill-robotics.example/jobs/ml-engineer-4411';
const BLOG = 'http://www.slow-kitchen.example/posts/ten-years-of-sourdough';
const LETTER = 'http://news.office-letter.example/issue-42';

async function setProfile(h: Harness, skills: string[]): Promise<void> {
  await h.worker.evaluate(async (s) => {
    await chrome.storage.local.set({ profile: { skills: s, custom: [] }, profile$: { v: 2 } });
  }, skills);
}

const tabIds = (h: Harness): Promise<number[]> => h.worker.evaluate(async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id));

/** Opens a page and finds its tab: by the tab that is new (without access, the tab's URL is hidden). */
async function openTab(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(h));
  const page = await h.context.newPage();
  const tabId = (await tabIds(h)).find((id) => !before.has(id)) ?? -1;
  if (url) await page.goto(url);
  return { page, tabId };
}

/** Requests of the browser's own pages (chrome://extensions and its resources) are not network. */
const network = (violations: string[]): string[] => violations.filter((v) => !/^context: GET chrome:\/\//.test(v));

async function tabState(h: Harness, tabId: number): Promise<Record<string, unknown> | null> {
  return h.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
}

async function openPopup(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function registered(h: Harness): Promise<{ id: string; matches: string[]; excludeMatches: string[] }[]> {
  return h.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

/** Site access as the user sets it in chrome://extensions (the browser's own page calls this API). */
async function setSiteAccess(h: Harness, access: 'ON_CLICK' | 'ON_ALL_SITES'): Promise<void> {
  const page = await h.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(([id, hostAccess]) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess }), [h.extensionId, access] as const);
  await page.close();
}

/**
 * A copy of the build that holds the "every site" access from install: the state after the user
 * said yes. Headless Chromium cannot show or accept the permission prompt, and nothing grants an
 * optional host permission without it (measured: neither --apps-gallery-install-auto-confirm-for-tests
 * nor chrome.developerPrivate do). Taking it back then goes through the browser's own site-access
 * setting, which fires permissions.onRemoved exactly as a revocation by the user does.
 */
function buildHoldingEverySite(): string {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'skillmark-every-site-'));
  cpSync(EXTENSION, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...manifest.optional_host_permissions];
  delete manifest.optional_host_permissions;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe.skipIf(!hasChromium)('every site, opted in (Chromium)', () => {
  let h: Harness;
  let dir: string;

  beforeAll(async () => {
    dir = buildHoldingEverySite();
    h = await launch({ extension: dir });
    // The background registers on install: pages opened before that would not get the script.
    for (let i = 0; i < 100 && (await registered(h)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('registers the content script for every site except the boards, once the permission is held', async () => {
    await expect.poll(async () => (await registered(h)).map((s) => s.id), { timeout: 10_000 }).toEqual(['skillmark-every-site']);
    const [script] = await registered(h);
    expect(script!.matches).toEqual(['*://*/*']);
    expect([...script!.excludeMatches].sort()).toEqual([...BOARD_MATCHES].sort());
  });

  it('reads a career site that carries a JobPosting: highlights, and the popup with lean and match', async () => {
    await setProfile(h, ['python', 'pytorch']);
    const { page, tabId } = await openTab(h, CAREER);
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat(), { timeout: 15_000 }).toContain('PyTorch');
    expect(await painted(page, 'missing')).toEqual(expect.arrayContaining(['Kubernetes', 'Docker']));
    // The footer's Java and Swift are not the ad's.
    expect(Object.values(await highlightsOf(page)).flat()).not.toContain('Java');
    const popup = await openPopup(h, tabId);
    await expect.poll(() => popup.getByTestId('read').textContent(), { timeout: 10_000 }).toContain('Machine Learning Engineer');
    expect(await popup.getByTestId('lean-label').textContent()).toBe('ML-leaning');
    expect(await popup.getByTestId('matched').textContent()).toContain('PyTorch');
    expect(await popup.getByTestId('missing').textContent()).toContain('Kubernetes');
    await popup.close();
    await page.close();
  });

  it('stays quiet on a page without a job ad: no highlights, no message, no stored state', async () => {
    const { page, tabId } = await openTab(h, BLOG);
    // The script is there (it ran, once) and did nothing the page or the background could see.
    await expect.poll(async () => (await contentStats(page))?.runs ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await page.waitForTimeout(1500);
    const stats = (await contentStats(page))!;
    expect(stats.analyses).toBe(0);
    expect(stats.runs).toBeLessThanOrEqual(2);
    expect(await highlightsOf(page)).toEqual({});
    expect(await tabState(h, tabId)).toBeNull();
    // No host element either: the page's DOM is as the page made it.
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe('BODY');

    // "Analyse this page anyway": the running script reads fully and answers; the popup says why nothing changed.
    const popup = await openPopup(h, tabId);
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await expect.poll(() => popup.locator('main').textContent(), { timeout: 20_000 }).toMatch(/No job ad was found/);
    expect(await popup.getByTestId('read-again').textContent()).toMatch(/read this page again/);
    expect((await contentStats(page))!.analyses).toBe(0); // found nothing: no ad was sent, only the answer
    await popup.close();
    await page.close();
  });

  it('shows the switch on; revoking the access in the browser unregisters, and granting it again registers', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const toggle = options.getByTestId('every-site-toggle');
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);

    await setSiteAccess(h, 'ON_CLICK');
    await expect.poll(async () => (await registered(h)).length, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(false);
    const page = await h.open(CAREER);
    await page.waitForTimeout(2000);
    expect(await highlightsOf(page)).toEqual({});
    expect(await contentStats(page)).toBeNull();
    await page.close();

    await setSiteAccess(h, 'ON_ALL_SITES');
    await expect.poll(async () => (await registered(h)).map((s) => s.id), { timeout: 10_000 }).toEqual(['skillmark-every-site']);
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    await options.close();
  });

  it('made no network request', () => {
    expect(network(h.violations)).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('install-time permissions, the context menu and "analyse anyway" (Chromium)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('asks at install for the boards, storage, activeTab, scripting and contextMenus only; every site is optional and off', async () => {
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
    expect(manifest.host_permissions).toEqual([...BOARD_MATCHES]);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(await h.worker.evaluate(() => chrome.permissions.contains({ origins: ['*://*/*'] }))).toBe(false);
    expect(await registered(h)).toEqual([]);
    // Without the opt-in, a career site that is not a board is not read.
    const page = await h.open(CAREER);
    await page.waitForTimeout(1500);
    expect(await contentStats(page)).toBeNull();
    await page.close();
  });

  it('analyses selected text from the context menu: the popup shows matched, missing and the lean', async () => {
    await setProfile(h, ['go', 'postgresql']);
    const { page, tabId } = await openTab(h, LETTER);
    const selection = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('forwarded')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    // Headless Chromium cannot open a context menu: call the background's own onClicked handler
    // from the service worker, with the info the browser would give (no activeTab grant here, so
    // the menu's copy of the selection is what is read).
    const state = await h.worker.evaluate(
      ([text, url, id]) => (globalThis as any).skillmarkSelectionClicked({ menuItemId: 'skillmark-analyse-selection', selectionText: text, pageUrl: url, frameId: 0 }, { id, url }),
      [selection, LETTER, tabId] as const,
    );
    expect(state).toMatchObject({ status: 'ready', source: 'selection', title: 'Selected text' });
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toMatch(/^\d+%$/);
    const popup = await openPopup(h, tabId);
    await expect.poll(() => popup.getByTestId('from-selection').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await popup.getByTestId('read').textContent()).toContain('Selected text');
    expect(await popup.getByTestId('matched').textContent()).toMatch(/Go[\s\S]*PostgreSQL|PostgreSQL[\s\S]*Go/);
    expect(await popup.getByTestId('missing').textContent()).toContain('Kafka');
    expect(await popup.getByTestId('lean-label').textContent()).toBe('SWE-leaning');
    // Nothing was painted on the page.
    expect(await highlightsOf(page)).toEqual({});
    await popup.close();
    await page.close();
  });

  it('says in words why it cannot read a page it has no access to, and a browser page', async () => {
    const { page, tabId } = await openTab(h, BLOG);
    const popup = await openPopup(h, tabId);
    await expect.poll(() => popup.getByTestId('unsupported').isVisible(), { timeout: 10_000 }).toBe(true);
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    // No toolbar click in a test, so no activeTab grant: the popup keeps the reason visible.
    await expect.poll(() => popup.getByTestId('error').textContent(), { timeout: 15_000 }).toMatch(/no access to this tab right now.*toolbar/);
    await popup.close();
    await page.close();

    const { page: browserPage, tabId: versionTab } = await openTab(h, 'chrome://version/');
    const popup2 = await openPopup(h, versionTab);
    await popup2.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await expect.poll(() => popup2.getByTestId('error').textContent(), { timeout: 15_000 }).toMatch(/browser's own pages/);
    // The error stays: it is the tab's state, shown again when the popup opens again.
    await popup2.close();
    const popup3 = await openPopup(h, versionTab);
    await expect.poll(() => popup3.getByTestId('error').textContent(), { timeout: 10_000 }).toMatch(/browser's own pages/);
    await popup3.close();
    await browserPage.close();
  });

  it('made no network request', () => {
    expect(network(h.violations)).toEqual([]);
  });
});
