/**
 * A visit to the hostile page of the privacy tests (tests/e2e/fixtures/privacy.html) in Firefox: the
 * page tries the highlight registry, stylesheets, marks, mutations, messages, what lies around the
 * pointer and what changes after the profile does. What the page observed is returned with what
 * Skillmark made of the ad, read from the popup (which the page cannot reach).
 */
import { expect } from 'vitest';
import type { FirefoxHarness } from './firefox';

export const HOSTILE_PAGE = 'http://www.indeed.com/viewjob/privacy?jk=privacy';

/** Every Skillmark range's text in the page's highlight registry, as the page's own script reads it. */
export const HIGHLIGHTED = `return [...CSS.highlights].filter(([n]) => n.startsWith('skillmark-')).flatMap(([, h]) => [...h].map((r) => r.toString()));`;

/** Where "Kubernetes" is painted, in viewport coordinates. */
const KUBERNETES_BOX = `
  const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]);
  const r = ranges.find((range) => range.toString() === 'Kubernetes').getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };`;

export interface Visit {
  /** `window.__observations()` of the page. */
  observed: { probes: string[] } & Record<string, unknown>;
  /** The popup's "You have" and "Missing" lists, as text. */
  matched: string;
  missing: string;
  highlighted: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function setProfile(ff: FirefoxHarness, skills: string[]): Promise<void> {
  await ff.inExtension('return browser.storage.local.set({ profile: { skills: arguments[0], custom: [] }, profile$: { v: 2 } }).then(() => true)', [skills]);
}

export const textOf = (ff: FirefoxHarness, selector: string): Promise<string> => ff.run('return document.querySelector(arguments[0])?.textContent ?? ""', [selector]);

/** A real pointer (Marionette's input actions are trusted events) comes from the left and rests on (x, y). */
async function rest(ff: FirefoxHarness, x: number, y: number): Promise<void> {
  const move = (px: number, duration: number) => ({ type: 'pointerMove', x: px, y, origin: 'viewport', duration });
  await ff.marionette.command('WebDriver:PerformActions', {
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [move(x - 30, 0), move(x - 15, 50), move(x, 50)] }],
  });
  await ff.marionette.command('WebDriver:ReleaseActions');
}

export async function visitHostilePage(ff: FirefoxHarness, skills: string[]): Promise<Visit> {
  await setProfile(ff, skills);
  const page = await ff.open(HOSTILE_PAGE);
  await expect.poll(() => ff.run<string[]>(HIGHLIGHTED), { timeout: 15_000 }).toContain('Kubernetes');
  const highlighted = await ff.run<string[]>(HIGHLIGHTED);
  // The pointer rests on "Kubernetes": the card opens; the page probes around the pointer.
  const box = await ff.run<{ x: number; y: number }>(KUBERNETES_BOX);
  await rest(ff, box.x, box.y);
  // The card opens within a frame or two (longer on a loaded machine): probe until the page sees
  // it, then record what it sees.
  await expect.poll(() => ff.run<string>('return window.__probe(arguments[0], arguments[1], false)', [box.x, box.y]), { timeout: 10_000 }).toContain('1');
  await sleep(300);
  await ff.run('window.__probe(arguments[0], arguments[1], true)', [box.x, box.y]);
  // The visitor's profile changes while the page watches (as after "I have this").
  await ff.inExtension(
    'return browser.storage.local.get("profile").then(({ profile }) => browser.storage.local.set({ profile: { ...profile, skills: [...profile.skills, "redis"] } })).then(() => true)',
  );
  await ff.switchTo(page);
  await sleep(1500);
  const observed = await ff.run<Visit['observed']>('return window.__observations()');
  const tabId = await ff.inExtension<number>('return browser.tabs.query({ url: arguments[0] }).then((t) => t[0].id)', [HOSTILE_PAGE]);
  const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
  await expect.poll(() => textOf(ff, '[data-testid="matched"]'), { timeout: 15_000 }).toContain('Redis');
  const matched = await textOf(ff, '[data-testid="matched"]');
  const missing = await textOf(ff, '[data-testid="missing"]');
  await ff.closeTab(popup);
  await ff.closeTab(page);
  return { observed, matched, missing, highlighted };
}
