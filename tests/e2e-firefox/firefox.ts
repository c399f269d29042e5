/**
 * End-to-end harness for Firefox: Debian's firefox-esr, headless, driven over Marionette, with the
 * built extension installed as a temporary add-on and all traffic (loopback included) sent through the
 * same logging proxy as the Chromium tests, which serves the fixture pages and refuses the rest.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePages, ROOT } from '../e2e/harness';
import { startProxy, type LoggingProxy } from '../e2e/proxy';
import { Marionette } from './marionette';

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

/** Profile preferences: Marionette, the proxy for everything, and none of Firefox's own background traffic. */
function userJs(marionettePort: number, proxyPort: number): string {
  const prefs: Record<string, string | number | boolean> = {
    'marionette.port': marionettePort,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    // Fixture pages are plain http, as given.
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    // Firefox's own traffic: updates, telemetry, remote settings, safe browsing, captive portal, DNS
    // over HTTPS, speculative connections, new-tab content, add-on metadata and blocklists.
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': 'about:blank',
    'startup.homepage_welcome_url.additional': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.topsites.contile.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'browser.search.update': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.ping-centre.telemetry': false,
    'browser.urlbar.suggest.quicksuggest.sponsored': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'browser.discovery.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.predictor.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.archive.enabled': false,
    'services.settings.server': 'data:,#remote-settings-disabled/v1',
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.autoDisableScopes': 0,
    'media.gmp-provider.enabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.chromium-update-url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-gmpopenh264.autoupdate': false,
    'media.gmp-widevinecdm.enabled': false,
    'media.gmp-widevinecdm.visible': false,
    'media.gmp-widevinecdm.autoupdate': false,
    'media.gmp-widevinecdm.allow-chromium-update': false,
    'media.eme.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'identity.fxaccounts.enabled': false,
    'privacy.trackingprotection.enabled': false,
    'browser.contentblocking.category': 'custom',
    'geo.provider.network.url': '',
    'toolkit.startup.max_resumed_crashes': -1,
    'browser.sessionstore.resume_from_crash': false,
  };
  return Object.entries(prefs)
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n');
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
  writeFileSync(join(profile, 'user.js'), userJs(port, proxy.port));
  const child: ChildProcess = spawn(firefoxPath()!, ['--headless', '--marionette', '--no-remote', '-profile', profile], {
    stdio: 'ignore',
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let m: Marionette;
  try {
    m = await Marionette.connect(port, 45_000);
  } catch (e) {
    child.kill();
    throw e;
  }
  await m.command('WebDriver:NewSession', { capabilities: { alwaysMatch: { pageLoadStrategy: 'normal' } } });

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
    async close() {
      await m.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      m.close();
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
