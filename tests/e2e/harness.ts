/**
 * End-to-end harness: Debian's Chromium (through playwright-core) with the built extension, all of
 * its traffic sent through a logging proxy on 127.0.0.1 that serves the fixture pages and refuses and
 * records everything else, so a test can prove that the extension sent nothing anywhere.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fixturePages, ROOT } from './fixture-pages';
import { servedUrl, startProxy } from './proxy';

export { fixturePages, ROOT } from './fixture-pages';
export const EXTENSION = join(ROOT, '.output/chrome-mv3');

export function chromiumPath(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Builds the extension when no build is there (npm test on a fresh checkout). */
export function ensureBuilt(): void {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The logging proxy's port: every request of the browser goes through it. */
  port: number;
  /** Every request the browser sent out (full URL, or `CONNECT host:port`). */
  requests: string[];
  /** Requests that were not exactly a fixture page's URL (query included) or the extension's own files. */
  violations: string[];
  /** Opens a fixture at its board's URL (served over http by the proxy). */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** An unpacked build to load instead of `.output/chrome-mv3` (the test of the network test loads a leaky copy). */
  extension?: string;
}

/** Nothing listens here: Chromium's account check is sent to it, straight, so it goes nowhere. */
const CLOSED_PORT = '127.0.0.1:9';

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extension = options.extension ?? EXTENSION;
  if (!options.extension) ensureBuilt();
  const pages = fixturePages();
  const violations: string[] = [];
  const proxy = await startProxy(pages, violations);
  const profile = mkdtempSync(join(tmpdir(), 'skillmark-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath()!,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      // All traffic, loopback included, goes through the logging proxy: it answers fixture pages and refuses the rest.
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      `--proxy-bypass-list=<-loopback>;${CLOSED_PORT}`,
      // The browser's own calls, made with or without any extension: its Google-account check and form
      // autofill queries go to a closed local port (the one exception to the proxy), its component
      // updater to a file that does not exist.
      `--gaia-url=http://${CLOSED_PORT}/`,
      `--autofill-server-url=http://${CLOSED_PORT}/`,
      '--component-updater=url-source=file:///nonexistent/',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // A second view from inside the browser (catches what a proxy cannot see, such as a bypass).
  const served = new Set(pages.map((p) => servedUrl(p.url)));
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (served.has(url) || /^http:\/\/[^/]+\/favicon\.ico$/.test(url)) return;
    violations.push(`context: ${req.method()} ${url}`);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The options page opens on install, sometimes a moment after the worker starts: wait for it
  // and close it, so it cannot take over the first test page's navigation.
  for (let i = 0; i < 50; i++) {
    const opened = context.pages().filter((p) => p.url().startsWith('chrome-extension://'));
    if (opened.length) {
      for (const p of opened) await p.close();
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    context,
    worker,
    extensionId,
    port: proxy.port,
    requests: proxy.requests,
    violations,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's highlights registered on a page: [highlight name, text of each range]. */
export async function highlightsOf(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of registry) if (name.startsWith('skillmark-')) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}
