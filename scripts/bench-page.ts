/**
 * Page-side cost in real Chromium, with the built extension: main-thread time of the content script
 * reading the ad and painting its highlights (its own figures, read from its isolated world: the
 * page's timeline holds nothing of Skillmark's), on a ~500- and a ~3,000-word ad, against one read
 * of the ad's innerText; and the content script's size. Run by `npm run bench` when Chromium is there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath, EXTENSION, launch, ROOT } from '../tests/e2e/harness';
import { contentStats } from '../tests/e2e/isolated';
import { benchCold } from './bench-cold';

/**
 * One innerText read of the ad's root on a fresh load of the same page, where Skillmark does not
 * run (about:blank with the fixture's HTML): nothing of ours has laid the page out before. Read
 * as the content script reads, after the first frame.
 */
async function innerTextOnFreshLoad(h: Awaited<ReturnType<typeof launch>>, words: number): Promise<number> {
  const page = await h.context.newPage();
  try {
    await page.setContent(readFileSync(join(ROOT, `tests/e2e/fixtures/perf-${words}.html`), 'utf8'), { waitUntil: 'load' });
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const root = document.querySelector('.job__description') ?? document.body;
              const t0 = performance.now();
              void (root as HTMLElement).innerText.length;
              resolve(performance.now() - t0);
            }, 0),
          ),
        ),
    );
  } finally {
    await page.close();
  }
}

export async function benchPage(): Promise<void> {
  if (!chromiumPath()) {
    console.log('\npage bench: no chromium on PATH, skipped (apt-get install chromium).');
    return;
  }
  const h = await launch();
  try {
    const script = readFileSync(join(EXTENSION, 'content-scripts/content.js'));
    console.log(`\ncontent script: ${(script.length / 1024).toFixed(1)} kB, ${(gzipSync(script).length / 1024).toFixed(1)} kB gzip (goal <= 40 kB)`);
    for (const words of [500, 3000]) {
      const times: number[] = [];
      const paints: number[] = [];
      const reads: number[] = [];
      let mentions = 0;
      for (let run = 0; run < 7; run++) {
        const page = await h.open(`http://job-boards.greenhouse.io/perf/jobs/${words}`);
        let d = await contentStats(page);
        for (let i = 0; i < 150 && !d?.painted.length; i++) {
          await page.waitForTimeout(100);
          d = await contentStats(page);
        }
        if (!d?.painted.length) throw new Error('page bench: no highlights painted');
        const innerText = await innerTextOnFreshLoad(h, words);
        if (run > 0) {
          // The first load warms the browser up.
          times.push(d.readMs + d.paintMs);
          paints.push(d.paintMs);
          reads.push(innerText);
        }
        mentions = d.painted.length;
        await page.close();
      }
      times.sort((a, b) => a - b);
      paints.sort((a, b) => a - b);
      reads.sort((a, b) => a - b);
      const median = (xs: number[]): string => xs[Math.floor(xs.length / 2)]!.toFixed(2);
      console.log(`~${words}-word ad: main-thread ${median(times)} ms median (reading the ad ${(Number(median(times)) - Number(median(paints))).toFixed(2)} ms, ranges and paint ${median(paints)} ms), ${times[times.length - 1]!.toFixed(2)} ms max over ${times.length} loads, ${mentions} highlights (goal <= 16 ms on 3,000 words); one innerText read of the ad on a fresh load ${median(reads)} ms: ratio ${(Number(median(times)) / Math.max(Number(median(reads)), 0.01)).toFixed(1)}x (goal <= 2x)`);
    }
    if (!process.argv.includes('--no-cold')) await benchCold(h);
    if (h.violations.length) console.log(`network requests seen: ${h.violations.join(', ')}`);
  } finally {
    await h.close();
  }
}
