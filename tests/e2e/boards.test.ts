/**
 * Every hand-written board page, opened at its board's own URL in Chromium with the built
 * extension: the ad is found with the right title and highlighted, and pages without a single ad
 * (lists, bot checks) say so and paint nothing. The extractor's unit tests check the same pages'
 * text in Node; this checks the content script reads them the same way in a real browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { BOARD_MATCHES } from '../../src/page/sites/index';
import { chromiumPath, highlightsOf, launch, ROOT, type Harness } from './harness';

declare const chrome: any;

interface FixtureEntry {
  file: string;
  url: string;
  found: boolean;
  title?: string | null;
  saved?: boolean;
}

const hasChromium = !!chromiumPath();
const patterns = BOARD_MATCHES.map((p) => new MatchPattern(p));
const entries = (JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages/index.json'), 'utf8')) as FixtureEntry[])
  // Pages on the boards the content script runs on at install time; saved copies have no live URL.
  .filter((e) => !e.saved && patterns.some((p) => p.includes(e.url)))
  // One page per URL (the proxy serves one file per URL).
  .filter((e, i, all) => all.findIndex((o) => o.url === e.url) === i)
  // HSTS-preloaded hosts: Chromium only loads them over https, which the local proxy does not
  // serve. Their pages are checked by the extractor's unit tests.
  .filter((e) => !/(?:^|\.)ashbyhq\.com$/.test(new URL(e.url).hostname));

const http = (url: string): string => url.replace(/^https:/, 'http:');

describe.skipIf(!hasChromium)('board pages in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
    const page = await h.open(http(entry.url));
    const tabId: number = await h.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, http(entry.url).replace(/[?#].*$/, '*'));
    const state = async (): Promise<{ status: string; title: string | null } | null> =>
      h.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
    await expect.poll(async () => (await state())?.status ?? 'none', { timeout: 15_000 }).toMatch(entry.found ? /^ready$/ : /^no-ad$/);
    const highlighted = Object.values(await highlightsOf(page)).flat();
    if (entry.found) {
      expect((await state())?.title).toBe(entry.title);
      expect(highlighted.length).toBeGreaterThan(0);
    } else {
      expect(highlighted).toEqual([]);
    }
    await page.close();
  });

  // No network check here: some fixtures reproduce the boards' own scripts and images (a bot
  // check's challenge script), which the page requests; network.test.ts and extension.test.ts
  // prove Skillmark requests nothing.
});
