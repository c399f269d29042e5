/**
 * Page-side cost in real Chromium, with the built extension: main-thread time of the content script
 * from reading the ad to highlights painted (its own performance mark), on a ~500- and a
 * ~3,000-word ad; and the content script's size. Run by `npm run bench` when Chromium is there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath, EXTENSION, launch } from '../tests/e2e/harness';

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
      let mentions = 0;
      for (let run = 0; run < 7; run++) {
        const page = await h.open(`http://job-boards.greenhouse.io/perf/jobs/${words}`);
        const detail = await page.waitForFunction(() => {
          const mark = performance.getEntriesByName('skillmark:painted').at(-1) as PerformanceMark | undefined;
          return mark?.detail ?? null;
        }, null, { timeout: 15_000 });
        const d = (await detail.jsonValue()) as { mainThreadMs: number; paintMs: number; mentions: number };
        if (run > 0) {
          // The first load warms the browser up.
          times.push(d.mainThreadMs);
          paints.push(d.paintMs);
        }
        mentions = d.mentions;
        await page.close();
      }
      times.sort((a, b) => a - b);
      paints.sort((a, b) => a - b);
      const median = (xs: number[]): string => xs[Math.floor(xs.length / 2)]!.toFixed(2);
      console.log(`~${words}-word ad: main-thread ${median(times)} ms median (reading the ad ${(Number(median(times)) - Number(median(paints))).toFixed(2)} ms, ranges and paint ${median(paints)} ms), ${times[times.length - 1]!.toFixed(2)} ms max over ${times.length} loads, ${mentions} highlights (goal <= 16 ms on 3,000 words)`);
    }
    if (h.violations.length) console.log(`network requests seen: ${h.violations.join(', ')}`);
  } finally {
    await h.close();
  }
}
