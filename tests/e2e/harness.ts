/**
 * End-to-end harness: Debian's Chromium (through playwright-core) with the built extension, every
 * host name mapped to a local fixture server, and a log of every request so a test can prove that
 * the extension sent nothing anywhere.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '../..');
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

interface Route {
  host: string;
  path: string;
  file: string;
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  port: number;
  /** Requests that were not fixture pages or the extension's own files. */
  violations: string[];
  /** Opens a fixture at its board's URL (http, the host mapped to the local server). */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

function routes(): Route[] {
  const out: Route[] = [];
  const add = (url: string | null, file: string): void => {
    if (!url) return; // a saved page given without its address (read by the CLI only)
    const u = new URL(url);
    out.push({ host: u.host, path: u.pathname, file });
  };
  const pages = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages/index.json'), 'utf8')) as { url: string | null; file: string }[];
  for (const p of pages) add(p.url, join(ROOT, 'tests/fixtures/pages', p.file));
  const own = JSON.parse(readFileSync(join(HERE, 'fixtures/index.json'), 'utf8')) as { url: string; file: string }[];
  for (const p of own) add(p.url, join(HERE, 'fixtures', p.file));
  return out;
}

export interface LaunchOptions {
  /** An unpacked build to load instead of `.output/chrome-mv3` (the "every site" test loads a copy holding that permission). */
  extension?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extension = options.extension ?? EXTENSION;
  if (!options.extension) ensureBuilt();
  const table = routes();
  const violations: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = table.find((r) => r.host === host && r.path === path);
    if (!route) {
      // Chromium's own extension-update check comes from the browser process, not from Skillmark.
      const browserItself = host === 'update.googleapis.com' && path.startsWith('/service/update2');
      if (path !== '/favicon.ico' && !browserItself) violations.push(`server: ${req.method} ${host}${req.url}`);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(route.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const profile = mkdtempSync(join(tmpdir(), 'skillmark-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath()!,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      // Every host name resolves to the fixture server: nothing can leave this machine.
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const fixtureHosts = new Set(table.map((r) => r.host));
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    const u = new URL(url);
    if (fixtureHosts.has(u.host) && table.some((r) => r.host === u.host && r.path === u.pathname)) return;
    if (u.pathname === '/favicon.ico') return;
    violations.push(`context: ${req.method()} ${url}`);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The options page opens on install: close it so tests start from a known state.
  for (const p of context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
  return {
    context,
    worker,
    extensionId,
    port,
    violations,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
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

/** Texts highlighted in one group (matched / missing / other), whatever the unique name prefix. */
export function group(h: Record<string, string[]>, kind: 'matched' | 'missing' | 'other'): string[] {
  return Object.entries(h)
    .filter(([name]) => name.endsWith('-' + kind))
    .flatMap(([, texts]) => texts);
}
