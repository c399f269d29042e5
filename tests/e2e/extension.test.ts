import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, highlightsOf, launch, ROOT, type Harness } from './harness';
import { contentStats, painted } from './isolated';

// Without Chromium (a developer machine) the suite says so and skips; CI installs it and must run it.
const hasChromium = !!chromiumPath();
if (!hasChromium && process.env.CI) throw new Error('CI needs Chromium for the end-to-end tests (apt-get install chromium).');
if (!hasChromium) console.warn('e2e: no chromium on PATH, end-to-end tests skipped (apt-get install chromium).');

/** The extension APIs, as seen inside the service worker (evaluated there, not here). */
declare const chrome: any;

const SHOTS = process.env.SKILLMARK_SCREENSHOTS ? join(ROOT, 'docs/screenshots') : null;

/** Board URLs are served over http from the local server: the content script's *:// patterns match them. */
const http = (url: string): string => url.replace(/^https:/, 'http:');

describe.skipIf(!hasChromium)('Skillmark in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function setProfile(skills: string[]): Promise<void> {
    await h.worker.evaluate(async (s) => {
      await chrome.storage.local.set({ profile: { skills: s, custom: [] }, profile$: { v: 2 } });
    }, skills);
  }

  async function tabIdOf(urlPattern: string): Promise<number> {
    return h.worker.evaluate(async (p) => (await chrome.tabs.query({ url: p }))[0]!.id!, urlPattern);
  }

  async function waitForHighlights(page: import('playwright-core').Page, has: string): Promise<Record<string, string[]>> {
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat(), { timeout: 15_000 }).toContain(has);
    return highlightsOf(page);
  }

  it('loads: a service worker, and a popup that opens without errors', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await h.context.newPage();
    const errors: string[] = [];
    popup.on('pageerror', (e) => errors.push(e.message));
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Skillmark');
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('highlights the ad\'s skills on a LinkedIn job page, and nothing outside the ad', async () => {
    await setProfile(['python', 'pytorch', 'docker']);
    const page = await h.open(http('https://www.linkedin.com/jobs/view/4012345678/'));
    const hl = await waitForHighlights(page, 'PyTorch');
    // The page sees one neutral highlight; have / lack is known only to Skillmark's own world.
    expect(Object.keys(hl)).toEqual([expect.stringMatching(/^skillmark-[a-z0-9]+-skill$/)]);
    expect(await painted(page, 'matched')).toEqual(expect.arrayContaining(['PyTorch', 'Python', 'Docker']));
    expect(await painted(page, 'missing')).toEqual(expect.arrayContaining(['TensorFlow', 'Kubernetes', 'Spark']));
    // "Similar jobs" names Swift and Spring Boot: they are not the ad's.
    const all = Object.values(hl).flat();
    expect(all).not.toContain('Swift');
    expect(all).not.toContain('Spring Boot');
    // The content script's main-thread cost on this page, from its isolated world (printed, not asserted).
    const cost = await contentStats(page);
    expect(cost?.painted.length).toBeGreaterThan(5);
    console.log(`e2e: content script main-thread ${((cost?.readMs ?? 0) + (cost?.paintMs ?? 0)).toFixed(1)} ms for ${cost?.painted.length} highlights on the LinkedIn fixture`);
    // Nothing about the user in the page's performance timeline.
    expect(await page.evaluate(() => performance.getEntries().filter((e) => /skillmark/i.test(e.name)).length)).toBe(0);
    // The page's own text is untouched.
    expect(await page.locator('.show-more-less-html__markup li').first().textContent()).toBe('Train and deploy deep learning models with PyTorch and TensorFlow.');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.locator('.description').screenshot({ path: join(SHOTS, 'page.png') });
    }
    await page.close();
  });

  it('shows the lean, the match, matched and missing skills in the popup', async () => {
    await setProfile(['python', 'pytorch', 'docker']);
    const page = await h.open(http('https://boards.greenhouse.io/northwind/jobs/1234567'));
    await waitForHighlights(page, 'PyTorch');
    const tabId = await tabIdOf('*://boards.greenhouse.io/*');
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('lean-label').textContent(), { timeout: 10_000 }).toBe('ML-leaning');
    expect(await popup.getByTestId('read').textContent()).toContain('Machine Learning Engineer');
    expect(await popup.getByTestId('matched').textContent()).toContain('PyTorch');
    expect(await popup.getByTestId('missing').textContent()).toContain('TensorFlow');
    expect(await popup.getByTestId('score').textContent()).toMatch(/Match \d+%/);
    // The toolbar badge shows the match score for this tab.
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toMatch(/^\d+%$/);
    if (SHOTS) await popup.screenshot({ path: join(SHOTS, 'popup.png'), fullPage: true });
    // "I have it" moves a skill to matched, in the popup (score and lists together, live) and on the page.
    const scoreBefore = await popup.getByTestId('score').textContent();
    await popup.getByRole('button', { name: 'Add TensorFlow to my skills' }).click();
    await expect.poll(() => popup.getByTestId('matched').textContent(), { timeout: 10_000 }).toContain('TensorFlow');
    expect(await popup.getByTestId('missing').textContent()).not.toContain('TensorFlow');
    expect(await popup.getByTestId('score').textContent()).not.toBe(scoreBefore);
    await expect.poll(() => painted(page, 'matched'), { timeout: 10_000 }).toContain('TensorFlow');
    await popup.close();
    await page.close();
  });

  it('re-analyses when a single-page app switches to another job', async () => {
    await setProfile(['java']);
    const page = await h.open(http('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1'));
    await waitForHighlights(page, 'PyTorch');
    await page.getByRole('button', { name: /Senior Backend Engineer/ }).click();
    const after = await waitForHighlights(page, 'Kafka');
    const all = Object.values(after).flat();
    expect(all).not.toContain('PyTorch');
    await expect.poll(() => painted(page, 'matched'), { timeout: 10_000 }).toContain('Java');
    expect(page.url()).toContain('currentJobId=2');
    await page.close();
  });

  it('turns highlights off and on from the popup toggle', async () => {
    const page = await h.open(http('https://www.indeed.com/viewjob?jk=abc123def456'));
    await waitForHighlights(page, 'React');
    const tabId = await tabIdOf('*://www.indeed.com/*');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const toggle = popup.getByTestId('toggle-highlights');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat().length, { timeout: 10_000 }).toBe(0);
    await toggle.check();
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat(), { timeout: 10_000 }).toContain('React');
    await popup.close();
    await page.close();
  });

  it('says when a page holds no single ad', async () => {
    const page = await h.open(http('https://www.indeed.com/jobs?q=python&l=Remote'));
    const tabId = await tabIdOf('*://www.indeed.com/jobs*');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('no-ad').textContent(), { timeout: 10_000 }).toMatch(/list of/i);
    expect(Object.keys(await highlightsOf(page))).toEqual([]);
    // "Analyse this page anyway" asks the running script to read again; injecting a second one would end it.
    const runsBefore = (await contentStats(page))!.runs;
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await expect.poll(async () => (await contentStats(page))?.runs ?? -1, { timeout: 10_000 }).toBeGreaterThan(runsBefore);
    await expect.poll(() => popup.getByTestId('no-ad').textContent(), { timeout: 10_000 }).toMatch(/list of/i);
    await popup.close();
    await page.close();
  });

  it('works on a hostile page that breaks built-ins, fakes the highlight registry and mutates forever', async () => {
    await setProfile(['python']);
    const page = await h.open(http('https://www.indeed.com/m/viewjob?jk=hostile'));
    const tabId = await tabIdOf('*://www.indeed.com/m/*');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(async () => (await popup.getByTestId('missing').textContent().catch(() => '')) ?? '', { timeout: 15_000 }).toContain('pandas');
    await popup.close();
    // The page's fake registry never saw Skillmark (the content script uses its own world's API).
    expect(await page.evaluate(() => [...(window as unknown as { __fakeHighlights: Map<string, unknown> }).__fakeHighlights.keys()])).toEqual([]);
    // Page text stayed text.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // A page that never stops mutating gets a bounded number of analyses, and still gets them.
    await page.waitForTimeout(5000);
    const runs = (await contentStats(page))?.runs ?? 0;
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(20);
    await page.close();
  });

  it('opens the options page, which finds skills by alias', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#add-skill').fill('postgres');
    await expect.poll(() => options.getByTestId('suggestions').textContent()).toContain('PostgreSQL');
    await options.locator('#add-skill').press('Enter');
    await expect.poll(() => h.worker.evaluate(async () => (await chrome.storage.local.get('profile')).profile.skills)).toContain('postgresql');
    await options.close();
  });

  it('imports a profile after a preview (merge), and brings the previous one back', async () => {
    await setProfile(['python']);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('chips').textContent()).toContain('Python');
    const file = JSON.stringify({ skillmark: 'profile', version: 2, profile: { skills: ['rust', 'not-a-skill'], custom: ['Basket weaving'] } });
    await options.locator('input[type="file"][accept*="json"]').setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => options.getByTestId('import-preview').textContent()).toMatch(/1 skills Skillmark knows, 2 kept as you wrote them/);
    await options.getByRole('button', { name: 'Merge with mine (4)' }).click();
    await expect.poll(() => h.worker.evaluate(async () => (await chrome.storage.local.get('profile')).profile)).toEqual({ skills: ['python', 'rust'], custom: ['Basket weaving', 'not-a-skill'] });
    await expect.poll(() => options.getByTestId('chips').textContent()).toContain('Rust');
    await options.getByRole('button', { name: 'Bring back the previous profile' }).click();
    await expect.poll(() => h.worker.evaluate(async () => (await chrome.storage.local.get('profile')).profile)).toEqual({ skills: ['python'], custom: [] });
    await expect.poll(() => options.getByTestId('chips').textContent()).not.toContain('Rust');
    await options.close();
  });

  it('made no network request: nothing but the local fixture pages and its own files', () => {
    expect(h.violations).toEqual([]);
  });
});
