import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, highlightsOf, launch, type Harness } from './harness';
import { painted } from './isolated';

/** The extension APIs, as seen inside the service worker (evaluated there, not here). */
declare const chrome: any;

const hasChromium = !!chromiumPath();
const PAGE = 'http://www.indeed.com/viewjob/privacy?jk=privacy';

/**
 * A hostile page tries every channel it has (highlight registry, stylesheets, performance marks,
 * DOM mutations, messages, what lies under the pointer, what changes after "I have this") to learn
 * which skills the visitor has. Two visitors with different profiles must look identical to it.
 */
describe.skipIf(!hasChromium)('privacy against a hostile page (Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function visit(skills: string[]): Promise<{ observed: unknown; matched: string[]; missing: string[]; highlighted: string[] }> {
    await h.worker.evaluate(async (s) => chrome.storage.local.set({ profile: { skills: s, custom: [] }, profile$: { v: 2 } }), skills);
    const page = await h.open(PAGE);
    await expect.poll(async () => Object.values(await highlightsOf(page)).flat(), { timeout: 15_000 }).toContain('Kubernetes');
    const highlighted = Object.values(await highlightsOf(page)).flat();
    const matched = await painted(page, 'matched');
    const missing = await painted(page, 'missing');
    // A real pointer rests on "Kubernetes": the card opens; the page probes around the pointer.
    const box = await page.evaluate(() => {
      const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]);
      const r = ranges.find((range) => range.toString() === 'Kubernetes')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x - 30, box.y);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    // The card opens within a frame or two; on a loaded machine that can take a while. The page
    // probes until it sees it, then records what it sees (the same in both visits, or the test fails).
    const probe = (record: boolean) => page.evaluate(({ x, y, record }) => (window as unknown as { __probe(x: number, y: number, r: boolean): string }).__probe(x, y, record), { ...box, record });
    await expect.poll(() => probe(false), { timeout: 10_000 }).toContain('1');
    await page.waitForTimeout(300);
    await probe(true);
    // The visitor's profile changes while the page watches (as after "I have this").
    await h.worker.evaluate(async () => {
      const { profile } = await chrome.storage.local.get('profile');
      await chrome.storage.local.set({ profile: { ...profile, skills: [...profile.skills, 'redis'] } });
    });
    await page.waitForTimeout(1500);
    const observed = await page.evaluate(() => (window as unknown as { __observations(): unknown }).__observations());
    await page.close();
    return { observed, matched, missing, highlighted };
  }

  it('cannot tell a matched skill from a missing one: two profiles, identical observations', async () => {
    const a = await visit(['python', 'rust', 'postgresql', 'kubernetes', 'pytorch']);
    const b = await visit(['go', 'docker']);
    // To the page they are the same visitor...
    expect(a.observed).toEqual(b.observed);
    // ...though the card did open under the pointer (the probe saw something that is not the page's)...
    expect((a.observed as { probes: string[] }).probes[0]).toContain('1');
    // ...and the profiles did matter to Skillmark.
    expect(a.matched).toEqual(expect.arrayContaining(['Kubernetes', 'Python', 'PostgreSQL']));
    expect(b.matched).toEqual(expect.arrayContaining(['Docker', 'Go']));
    expect(b.missing).toEqual(expect.arrayContaining(['Kubernetes', 'Python']));
    // The planted off-screen list was not read as part of the ad.
    expect(a.highlighted).not.toContain('PyTorch');
    expect(a.highlighted).not.toContain('TensorFlow');
    expect(a.highlighted.filter((t) => t === 'Kubernetes')).toHaveLength(1);
  });

  it('made no network request', () => {
    expect(h.violations).toEqual([]);
  });
});
