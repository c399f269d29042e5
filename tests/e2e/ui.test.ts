/**
 * The popup, the options page and the card as people use them, in Chromium: axe-core (a real
 * accessibility engine) in light and dark mode, keyboard-only flows, and a real mouse travelling
 * from a highlight to the card's button. With SKILLMARK_SCREENSHOTS=1 it also redraws the README's
 * screenshots into docs/screenshots/.
 *
 * The card lives in a closed shadow root that axe cannot enter (nor can anything else on the page:
 * that is the point). Its accessibility is checked on the same code and CSS rendered into an open
 * shadow root of a plain test page (card-page.ts, bundled here); the real card is exercised with the
 * mouse and the keyboard on a job page.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_DWELL_MS, CARD_HEIGHT, CARD_WIDTH } from '../../src/page/card';
import { chromiumPath, highlightsOf, launch, ROOT, type Harness } from './harness';
import { painted } from './isolated';

const hasChromium = !!chromiumPath();
if (!hasChromium && process.env.CI) throw new Error('CI needs Chromium for the end-to-end tests (apt-get install chromium).');

/** The extension APIs, as seen inside the service worker (evaluated there, not here). */
declare const chrome: any;

const SHOTS = process.env.SKILLMARK_SCREENSHOTS ? join(ROOT, 'docs/screenshots') : null;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const http = (url: string): string => url.replace(/^https:/, 'http:');
const JOB = 'https://boards.greenhouse.io/northwind/jobs/1234567';

type Scheme = 'light' | 'dark';

/** axe's violations on the page as it is now: rule id, impact and where. */
async function axeViolations(page: Page): Promise<string[]> {
  // evaluate (not a script tag): extension pages' CSP refuses inline scripts, DevTools' evaluation is not a script tag.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
  });
  return violations;
}

describe.skipIf(!hasChromium)('Skillmark UI in Chromium: accessibility, keyboard, mouse', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  const storage = {
    set: (items: Record<string, unknown>) => h.worker.evaluate((i) => chrome.storage.local.set(i), items),
    profile: (): Promise<{ skills: string[]; custom: string[] }> => h.worker.evaluate(async () => (await chrome.storage.local.get('profile')).profile ?? { skills: [], custom: [] }),
    highlights: (): Promise<boolean> => h.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.highlights ?? true),
  };
  const setProfile = (skills: string[]) => storage.set({ profile: { skills, custom: [] }, profile$: { v: 2 } });
  const tabIdOf = (pattern: string): Promise<number> => h.worker.evaluate(async (p) => (await chrome.tabs.query({ url: p }))[0]!.id!, pattern);

  async function openJob(): Promise<{ page: Page; tabId: number }> {
    const page = await h.open(http(JOB));
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat(), { timeout: 15_000 }).toContain('PyTorch');
    return { page, tabId: await tabIdOf('*://boards.greenhouse.io/*') };
  }
  async function openPopup(tabId: number, scheme: Scheme = 'light'): Promise<Page> {
    const popup = await h.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 700 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('lean-label').textContent(), { timeout: 15_000 }).toBeTruthy();
    return popup;
  }
  async function openOptions(scheme: Scheme = 'light'): Promise<Page> {
    const options = await h.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#add-skill').waitFor();
    return options;
  }
  /** The element with the focus, described by its label or text (inside the page's own DOM). */
  const focused = (page: Page): Promise<string> =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'BODY';
      return el.getAttribute('aria-label') || el.dataset.testid || el.id || el.textContent || el.tagName;
    });
  async function tabTo(page: Page, label: string, max = 60): Promise<number> {
    for (let i = 1; i <= max; i++) {
      await page.keyboard.press('Tab');
      if ((await focused(page)) === label) return i;
    }
    throw new Error(`"${label}" not reached in ${max} Tabs (at ${await focused(page)})`);
  }

  describe('axe-core finds no violations', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`in the popup with a profile and without one (${scheme})`, async () => {
        await setProfile(['python', 'pytorch', 'docker']);
        const { page, tabId } = await openJob();
        const popup = await openPopup(tabId, scheme);
        await expect.poll(() => popup.getByTestId('score').textContent(), { timeout: 10_000 }).toMatch(/Match \d+%/);
        expect(await axeViolations(popup)).toEqual([]);
        if (SHOTS) {
          mkdirSync(SHOTS, { recursive: true });
          await popup.screenshot({ path: join(SHOTS, scheme === 'light' ? 'popup.png' : 'popup-dark.png'), fullPage: true });
        }
        await setProfile([]);
        await expect.poll(() => popup.getByTestId('no-profile').count(), { timeout: 10_000 }).toBe(1);
        expect(await axeViolations(popup)).toEqual([]);
        await popup.close();
        await page.close();
      });

      it(`on the options page, first run and with skills and found skills (${scheme})`, async () => {
        await setProfile([]);
        const options = await openOptions(scheme);
        await options.getByTestId('onboarding').waitFor();
        await options.getByText('Try it on a sample ad').click();
        expect(await axeViolations(options)).toEqual([]);
        await setProfile(['python', 'pytorch', 'docker', 'kubernetes', 'go', 'sql', 'aws']);
        await options.locator('#add-skill').fill('spa');
        await options.getByTestId('suggestions').waitFor();
        await options.getByLabel('Your résumé', { exact: true }).fill('Six years of Rust, TypeScript and React; Terraform on GCP; some TensorFlow.');
        await options.getByRole('button', { name: 'Find skills' }).click();
        await options.getByTestId('found').waitFor();
        expect(await axeViolations(options)).toEqual([]);
        if (SHOTS) await options.screenshot({ path: join(SHOTS, scheme === 'light' ? 'options.png' : 'options-dark.png'), fullPage: true });
        await options.close();
      });

      it(`on the card, in each status, rendered into an open test page (${scheme})`, async () => {
        const bundle = await build({ entryPoints: [join(ROOT, 'tests/e2e/card-page.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', logLevel: 'silent' });
        const page = await h.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setContent('<!doctype html><html lang="en"><head><title>Card</title></head><body><main><h1>A job ad</h1><p>Experience with TensorFlow.</p></main></body></html>');
        await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
        for (const status of ['missing', 'matched', 'other'] as const) {
          await page.evaluate((s) => (globalThis as unknown as { showCard(s: string): void }).showCard(s), status);
          expect(await axeViolations(page)).toEqual([]);
        }
        await page.close();
      });
    }
  });

  it('keyboard only: set up a profile, remove a chip, open the popup, add a missing skill, toggle highlights', async () => {
    await setProfile([]);
    const options = await openOptions();
    // The skip link comes first and lands in "Add a skill".
    await options.keyboard.press('Tab');
    expect(await focused(options)).toBe('Skip to “Add a skill”');
    await options.keyboard.press('Enter');
    expect(await focused(options)).toBe('add-skill');
    for (const [typed, name] of [
      ['JS', 'JavaScript'],
      ['pyt', 'Python'],
      ['Spark', 'Apache Spark'],
    ] as const) {
      await options.keyboard.type(typed);
      await options.keyboard.press('Enter');
      await expect.poll(() => options.getByTestId('message').textContent()).toBe(`Added ${name}.`);
    }
    await expect.poll(storage.profile).toEqual({ skills: ['javascript', 'python', 'spark'], custom: [] });
    // Remove a chip with Enter: the focus stays on the chips, not on the page's body.
    await tabTo(options, 'Remove JavaScript');
    await options.keyboard.press('Enter');
    await expect.poll(storage.profile).toEqual({ skills: ['python', 'spark'], custom: [] });
    expect(await focused(options)).toMatch(/^Remove (Python|Apache Spark)$/);
    await options.close();

    const { page, tabId } = await openJob();
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.getByTestId('missing').textContent(), { timeout: 10_000 }).toContain('PyTorch');
    const missingBefore = await popup.locator('[data-testid="missing"] button.add').count();
    await tabTo(popup, 'I have it: add PyTorch to my skills');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('matched').textContent(), { timeout: 10_000 }).toContain('PyTorch');
    expect(await popup.locator('[data-testid="missing"] button.add').count()).toBe(missingBefore - 1);
    // The focus went to the row now in its place, inside the popup.
    expect(await focused(popup)).toMatch(/^I have it: add .* to my skills$/);
    await expect.poll(() => painted(page, 'matched'), { timeout: 10_000 }).toContain('PyTorch');
    // Highlights off and on with the keyboard.
    await tabTo(popup, 'toggle-highlights');
    await popup.keyboard.press('Space');
    await expect.poll(storage.highlights).toBe(false);
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat().length, { timeout: 10_000 }).toBe(0);
    await popup.keyboard.press('Space');
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat(), { timeout: 10_000 }).toContain('PyTorch');
    await popup.close();
    await page.close();
  });

  it('keyboard only: a skill in the popup opens its card on the page, focused; Escape closes it', async () => {
    await setProfile(['python']);
    const { page, tabId } = await openJob();
    const popup = await openPopup(tabId);
    await tabTo(popup, 'TensorFlow: show on the page');
    const closed = popup.waitForEvent('close', { timeout: 10_000 }).catch(() => null);
    // The popup closes itself once the card has the focus (the press may outlive the page).
    await popup.keyboard.press('Enter').catch(() => undefined);
    // The card's button has the focus: the page sees only that its one host element has it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot === null && document.activeElement?.tagName === 'DIV' && document.activeElement.getAttribute('style')?.includes('2147483647')), { timeout: 10_000 }).toBe(true);
    await closed;
    await page.bringToFront();
    await page.waitForTimeout(CARD_DWELL_MS + 100);
    // Enter on "I have this" (a trusted key press, after the dwell time) adds the skill.
    await page.keyboard.press('Enter');
    await expect.poll(storage.profile, { timeout: 10_000 }).toEqual({ skills: ['python', 'tensorflow'], custom: [] });
    await expect.poll(() => painted(page, 'matched'), { timeout: 10_000 }).toContain('TensorFlow');
    // Shown again, then Escape: the card closes and gives the focus back.
    const popup2 = await openPopup(tabId);
    await tabTo(popup2, 'Kubernetes: show on the page');
    await popup2.keyboard.press('Enter').catch(() => undefined);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('style')?.includes('2147483647') ?? false), { timeout: 10_000 }).toBe(true);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true);
    if (!popup2.isClosed()) await popup2.close();
    await page.close();
  });

  it('mouse: from a highlight to the card\'s button, which stays while the pointer travels, and a click after the dwell time adds the skill', async () => {
    await setProfile(['python']);
    const { page } = await openJob();
    await expect.poll(() => painted(page, 'missing'), { timeout: 10_000 }).toContain('TensorFlow');
    // Where "TensorFlow" is painted (the page's own highlight registry holds the ranges: public text).
    const box = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      for (const [name, hl] of registry) {
        if (!name.startsWith('skillmark-')) continue;
        for (const r of hl) {
          if (r.toString() !== 'TensorFlow') continue;
          r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0]!;
          return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, vw: innerWidth, vh: innerHeight };
        }
      }
      return null;
    });
    expect(box).not.toBeNull();
    const b = box!;
    // The card's box, as card.ts places it: below the line (above when there is no room).
    const cardTop = b.bottom + 4 + CARD_HEIGHT > b.vh ? b.top - 4 - CARD_HEIGHT : b.bottom + 4;
    const cardLeft = Math.max(4, Math.min(b.left, b.vw - CARD_WIDTH - 4));
    const onCard = (): Promise<boolean> => page.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.getAttribute('style')?.includes('2147483647'), [cardLeft + 120, cardTop + 56]);
    expect(await onCard()).toBe(false);
    await page.mouse.move((b.left + b.right) / 2, (b.top + b.bottom) / 2, { steps: 4 });
    await expect.poll(onCard, { timeout: 5000 }).toBe(true);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'card.png'), clip: { x: Math.max(0, b.left - 200), y: Math.max(0, Math.min(b.top, cardTop) - 40), width: 560, height: 240 } });
    // Travel to the button ("I have this", the card's last line) across the gap and other text.
    const button = { x: cardLeft + 40, y: cardTop + 79 };
    await page.mouse.move(button.x, button.y, { steps: 12 });
    expect(await onCard()).toBe(true);
    await page.waitForTimeout(CARD_DWELL_MS);
    await page.mouse.click(button.x, button.y);
    await expect.poll(storage.profile, { timeout: 10_000 }).toEqual({ skills: ['python', 'tensorflow'], custom: [] });
    await expect.poll(() => painted(page, 'matched'), { timeout: 10_000 }).toContain('TensorFlow');
    // The card closes once its skill is added.
    await expect.poll(onCard, { timeout: 5000 }).toBe(false);
    await page.close();
  });

  it('made no network request', () => {
    expect(h.violations).toEqual([]);
  });
});
