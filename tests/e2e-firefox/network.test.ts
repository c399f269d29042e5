import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_VIOLATIONS, leakyCopy } from '../e2e/leaky-build';
import { ensureFirefoxBuilt, firefoxPath, FIREFOX_BUILD, launchFirefox, type FirefoxHarness } from './firefox';

// A test of the network test in Firefox: a build whose background page leaks is caught.
const hasFirefox = !!firefoxPath();
if (!hasFirefox && process.env.CI) throw new Error('CI needs Firefox for the end-to-end tests (apt-get install firefox-esr).');

describe.skipIf(!hasFirefox)('the network check in Firefox', () => {
  let leaky: FirefoxHarness;
  let leakyDir: string;

  beforeAll(() => {
    ensureFirefoxBuilt();
    leakyDir = leakyCopy(FIREFOX_BUILD);
  });
  afterAll(async () => {
    await leaky?.close();
    rmSync(leakyDir, { recursive: true, force: true });
  });

  it('reports a query-string leak to an allowed host, a loopback request and a wss:// connection from the background', async () => {
    leaky = await launchFirefox({ extension: leakyDir });
    await expect.poll(() => leaky.violations, { timeout: 15_000 }).toEqual(expect.arrayContaining(EXPECTED_VIOLATIONS));
  });
});
