/**
 * Cold start against warm, in Chromium with the built extension: the service worker is stopped
 * (CDP ServiceWorker.stopAllWorkers, as Chromium does after ~30 s idle) before each cold load, and
 * cold and warm loads alternate so machine load hits both. Figures come from the content script
 * (its isolated world): the analysis round trip it waited for, and when its highlights were
 * painted (ms since the navigation started). Run by `npm run bench` when Chromium is there.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../tests/e2e/harness';
import { contentStats } from '../tests/e2e/isolated';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function paintedStats(page: Page): Promise<{ askMs: number; paintedAt: number }> {
  let d = await contentStats(page);
  for (let i = 0; i < 300 && !d?.painted.length; i++) {
    await page.waitForTimeout(30);
    d = await contentStats(page);
  }
  if (!d?.painted.length) throw new Error('cold-start bench: no highlights painted');
  return d;
}

export async function benchCold(h: Harness, rounds = 7): Promise<void> {
  const control = await h.context.newPage();
  const cdp = await h.context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  try {
    for (const words of [500, 3000]) {
      const url = `http://job-boards.greenhouse.io/perf/jobs/${words}`;
      const ask = { cold: [] as number[], warm: [] as number[] };
      const painted = { cold: [] as number[], warm: [] as number[] };
      for (let r = 0; r <= rounds; r++) {
        for (const kind of ['cold', 'warm'] as const) {
          if (kind === 'cold') {
            await cdp.send('ServiceWorker.stopAllWorkers');
            await control.waitForTimeout(200);
          }
          const page = await h.open(url);
          const d = await paintedStats(page);
          await page.close();
          // The first round warms the browser itself up.
          if (r === 0) continue;
          ask[kind].push(d.askMs);
          painted[kind].push(d.paintedAt);
        }
      }
      const f = (x: number): string => `${x.toFixed(0)} ms`;
      console.log(
        `cold start, ~${words}-word ad (median of ${rounds}, alternated): analysis round trip cold ${f(median(ask.cold))} vs warm ${f(median(ask.warm))}: ${(median(ask.cold) / median(ask.warm)).toFixed(1)}x (goal <= 4x); ` +
          `page load to highlights cold ${f(median(painted.cold))} vs warm ${f(median(painted.warm))}`,
      );
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await control.close();
  }
}
