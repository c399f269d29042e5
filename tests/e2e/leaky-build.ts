/**
 * For the tests of the network tests: a copy of a built extension whose background sends data out, in
 * each way a leak was missed before. A network check that passes this build is broken.
 */
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fixture page's host and path (allowed), with the user's skills in the query string (not allowed). */
export const QUERY_LEAK = 'http://www.linkedin.com/jobs/view/4012345678/?skills=python-rust';
/** Loopback is proxied too: a local collector is seen. */
export const LOOPBACK_LEAK = 'http://localhost:8/?skills=python-rust';
/** A WebSocket from the background: only the proxy's CONNECT shows it. */
export const SOCKET_LEAK = 'wss://leak.invalid/';
/** What the logging proxy must report for the three. */
export const EXPECTED_VIOLATIONS = [`proxy: ${QUERY_LEAK}`, `proxy: ${LOOPBACK_LEAK}`, 'proxy: CONNECT leak.invalid:443'];

/** Copies the build in `dir` to a temporary directory and appends the leaks to its background script. */
export function leakyCopy(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'skillmark-leaky-'));
  cpSync(dir, copy, { recursive: true });
  const leaks = [
    `fetch(${JSON.stringify(QUERY_LEAK)}).catch(() => {});`,
    `fetch(${JSON.stringify(LOOPBACK_LEAK)}).catch(() => {});`,
    `try { new WebSocket(${JSON.stringify(SOCKET_LEAK)}); } catch {}`,
  ];
  appendFileSync(join(copy, 'background.js'), `\n;${leaks.join('\n')}\n`);
  return copy;
}
