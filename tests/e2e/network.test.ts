import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, ensureBuilt, EXTENSION, launch, type Harness } from './harness';
import { EXPECTED_VIOLATIONS, leakyCopy } from './leaky-build';

// A test of the network test: a build that leaks must be caught, in each way a leak was missed before.
const hasChromium = !!chromiumPath();
if (!hasChromium && process.env.CI) throw new Error('CI needs Chromium for the end-to-end tests (apt-get install chromium).');

describe.skipIf(!hasChromium)('the network check in Chromium', () => {
  let honest: Harness;
  let leaky: Harness;
  let leakyDir: string;

  beforeAll(() => {
    ensureBuilt();
    leakyDir = leakyCopy(EXTENSION);
  });
  afterAll(async () => {
    await honest?.close();
    await leaky?.close();
    rmSync(leakyDir, { recursive: true, force: true });
  });

  it('sees the honest build fetch nothing but the fixture page it opened', async () => {
    honest = await launch();
    const page = await honest.open('http://www.linkedin.com/jobs/view/4012345678/');
    await expect.poll(() => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].length), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.close();
    expect(honest.requests).toContain('http://www.linkedin.com/jobs/view/4012345678/');
    expect(honest.violations).toEqual([]);
  });

  it('reports a query-string leak to an allowed host, a loopback request and a wss:// connection from the service worker', async () => {
    leaky = await launch({ extension: leakyDir });
    await expect.poll(() => leaky.violations, { timeout: 15_000 }).toEqual(expect.arrayContaining(EXPECTED_VIOLATIONS));
  });
});
