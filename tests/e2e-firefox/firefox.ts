/**
 * End-to-end harness for Firefox: Debian's firefox-esr, headless, driven over Marionette, with the
 * built extension installed as a temporary add-on and all traffic (loopback included) sent through the
 * same logging proxy as the Chromium tests, which serves the fixture pages and refuses the rest.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePages, ROOT } from '../e2e/fixture-pages';
import { startProxy, type LoggingProxy } from '../e2e/proxy';
import { Marionette } from './marionette';
import { writeUserJs } from './profile';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'skillmark@skillmark.dev';
/** Fixed through `extensions.webextensions.uuids`, so extension URLs are known in advance. */
const ADDON_UUID = '6b1f3c2e-5a7d-4e1b-9c3f-2d8e7a6b5c4d';
export const EXTENSION_BASE = `moz-extension://${ADDON_UUID}/`;

export function firefoxPath(): string | null {
  for (const p of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) if (p && existsSync(p)) return p;
  return null;
}

export function ensureFirefoxBuilt(): void {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface FirefoxHarness {
  marionette: Marionette;
  proxy: LoggingProxy;
  /** Requests that were not exactly a fixture page's URL (query included). */
  violations: string[];
  /** Runs a function body in the current tab's page (it may return a promise). */
  run<T>(script: string, args?: unknown[]): Promise<T>;
  /** Opens a fixture at its board's URL (served over http by the proxy) in a new tab, and switches to it. */
  open(url: string): Promise<string>;
  /** Opens an extension page in a new tab with `tabs.create` from the extension's own page, and switches to it. */
  openExtensionPage(path: string): Promise<string>;
  /** Runs a function body in the extension's own page (the `browser` API is there). */
  inExtension<T>(script: string, args?: unknown[]): Promise<T>;
  switchTo(handle: string): Promise<void>;
  closeTab(handle: string): Promise<void>;
  close(): Promise<void>;
}

const unwrap = <T>(r: unknown): T => (r && typeof r === 'object' && 'value' in r ? (r as { value: T }).value : (r as T));

export interface FirefoxOptions {
  /** A build to install instead of `.output/firefox-mv2` (the test of the network test installs a leaky copy). */
  extension?: string;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  const extension = options.extension ?? FIREFOX_BUILD;
  if (!options.extension) ensureFirefoxBuilt();
  const violations: string[] = [];
  const proxy = await startProxy(fixturePages(), violations);
  const profile = mkdtempSync(join(tmpdir(), 'skillmark-firefox-'));
  const port = await freePort();
  writeUserJs(profile, port, proxy.port, { [ADDON_ID]: ADDON_UUID });
  // MOZ_REMOTE_SETTINGS_DEVTOOLS lets the profile point remote settings away from Mozilla's server
  // (release builds ignore `services.settings.server` without it).
  const child: ChildProcess = spawn(firefoxPath()!, ['--headless', '--marionette', '--no-remote', '-profile', profile], {
    stdio: 'ignore',
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let m: Marionette | null = null;
  const shutdown = async (): Promise<void> => {
    await m?.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    m?.close();
    const killer = setTimeout(() => child.kill('SIGKILL'), m ? 10_000 : 0);
    await exited;
    clearTimeout(killer);
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    m = await Marionette.connect(port, 45_000);
    await m.command('WebDriver:NewSession', { capabilities: { alwaysMatch: { pageLoadStrategy: 'normal' } } });
    return await drive(m, extension, proxy, violations, shutdown);
  } catch (e) {
    await shutdown();
    throw e;
  }
}

/** Installs the add-on, finds its options page (opened on install) and returns the harness around it. */
async function drive(m: Marionette, extension: string, proxy: LoggingProxy, violations: string[], shutdown: () => Promise<void>): Promise<FirefoxHarness> {
  const handles = async (): Promise<string[]> => unwrap<string[]>(await m.command('WebDriver:GetWindowHandles'));
  const switchTo = async (handle: string): Promise<void> => {
    await m.command('WebDriver:SwitchToWindow', { handle, focus: true });
  };
  const url = async (): Promise<string> => unwrap<string>(await m.command('WebDriver:GetCurrentURL'));
  const run = async <T>(script: string, args: unknown[] = []): Promise<T> => unwrap<T>(await m.command('WebDriver:ExecuteScript', { script, args }));
  const waitFor = async <T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 15_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await probe().catch(() => null);
      if (v !== null && v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`Firefox: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  const installed = await m.command('Addon:Install', { path: extension, temporary: true });
  if (unwrap<string>(installed) !== ADDON_ID) throw new Error(`Firefox installed ${JSON.stringify(installed)}, not ${ADDON_ID}`);
  // The options page opens on install: it is the extension page the harness keeps to reach the `browser` API.
  const home = await waitFor('the options page opened on install', async () => {
    for (const h of await handles()) {
      await switchTo(h);
      if ((await url()).startsWith(EXTENSION_BASE)) return h;
    }
    return null;
  });
  await waitFor("the extension API", () => run<boolean>('return typeof browser === "object" && !!browser.tabs || null'));

  const newTabAfter = async (action: () => Promise<unknown>): Promise<string> => {
    const before = new Set(await handles());
    await action();
    const handle = await waitFor('a new tab', async () => (await handles()).find((h) => !before.has(h)));
    await switchTo(handle);
    return handle;
  };
  const inExtension = async <T>(script: string, args: unknown[] = []): Promise<T> => {
    await switchTo(home);
    return run<T>(script, args);
  };

  return {
    marionette: m,
    proxy,
    violations,
    run,
    switchTo,
    inExtension,
    async open(target) {
      const handle = await newTabAfter(() => m.command('WebDriver:NewWindow', { type: 'tab', focus: true }));
      await m.command('WebDriver:Navigate', { url: target });
      return handle;
    },
    async openExtensionPage(path) {
      const handle = await newTabAfter(() => inExtension('return browser.tabs.create({ url: arguments[0] }).then(() => true)', [EXTENSION_BASE + path]));
      await waitFor(`${path} to load`, () => run<boolean>('return document.readyState === "complete" || null'));
      return handle;
    },
    async closeTab(handle) {
      await switchTo(handle);
      await m.command('WebDriver:CloseWindow');
      await switchTo(home);
    },
    close: shutdown,
  };
}
