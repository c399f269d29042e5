import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefox, type FirefoxHarness } from './firefox';
import { HOSTILE_PAGE, textOf, visitHostilePage } from './hostile-page';

// Without Firefox (a developer machine) the suite says so and skips; CI installs it and must run it.
const hasFirefox = !!firefoxPath();
if (!hasFirefox && process.env.CI) throw new Error('CI needs Firefox for the end-to-end tests (apt-get install firefox-esr).');
if (!hasFirefox) console.warn('e2e-firefox: no firefox-esr on PATH, Firefox end-to-end tests skipped (apt-get install firefox-esr).');

/** Marionette's name for an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Skillmark's highlights registered on the current page, read as the page sees them: [name, range texts]. */
const HIGHLIGHTS = `
  const out = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('skillmark-')) out[name] = [...h].map((r) => r.toString());
  return out;`;

describe.skipIf(!hasFirefox)('Skillmark in Firefox', () => {
  let ff: FirefoxHarness;
  const started = Date.now();

  beforeAll(async () => {
    ff = await launchFirefox();
    console.log(`e2e-firefox: Firefox up with the add-on in ${Date.now() - started} ms`);
  });
  afterAll(async () => {
    await ff?.close();
    console.log(`e2e-firefox: suite ${Date.now() - started} ms`);
  });

  const highlights = (): Promise<Record<string, string[]>> => ff.run(HIGHLIGHTS);
  const highlightedTexts = async (): Promise<string[]> => Object.values(await highlights()).flat();
  const text = (selector: string): Promise<string> => textOf(ff, selector);

  /** Types into the options page's skill box with real key events, and picks the first suggestion with Enter. */
  async function addSkillFromOptions(typed: string, shown: string): Promise<void> {
    const found = await ff.marionette.command<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: '#add-skill' });
    const id = found.value[ELEMENT];
    await ff.marionette.command('WebDriver:ElementSendKeys', { id, text: typed });
    await expect.poll(() => text('[data-testid="suggestions"]'), { timeout: 10_000 }).toContain(shown);
    await ff.marionette.command('WebDriver:ElementSendKeys', { id, text: '\uE007' });
    await expect.poll(() => text('[data-testid="chips"]'), { timeout: 10_000 }).toContain(shown);
  }

  it('sets the profile from the options page, by name and alias', async () => {
    const options = await ff.openExtensionPage('options.html');
    // The page renders once the stored profile is read.
    await expect.poll(() => text('h1'), { timeout: 10_000 }).toContain('Skillmark');
    await addSkillFromOptions('python', 'Python');
    await addSkillFromOptions('pytorch', 'PyTorch');
    await addSkillFromOptions('docker', 'Docker');
    await addSkillFromOptions('postgres', 'PostgreSQL');
    // Stored, not only shown: a second options page reads the same profile back.
    const second = await ff.openExtensionPage('options.html');
    // Chips are grouped by category: each skill is there, in whatever group.
    for (const name of ['Python', 'PyTorch', 'Docker', 'PostgreSQL']) await expect.poll(() => text('[data-testid="chips"]'), { timeout: 10_000 }).toContain(name);
    await ff.closeTab(second);
    await ff.closeTab(options);
  });

  it("highlights the ad's skills on a LinkedIn job page, and nothing outside the ad", async () => {
    const tab = await ff.open('http://www.linkedin.com/jobs/view/4012345678/');
    await expect.poll(highlightedTexts, { timeout: 15_000 }).toContain('PyTorch');
    const hl = await highlights();
    // The page sees one neutral highlight; have / lack is drawn where the page cannot read it.
    expect(Object.keys(hl)).toEqual([expect.stringMatching(/^skillmark-[a-z0-9]+-skill$/)]);
    const all = Object.values(hl).flat();
    expect(all).toEqual(expect.arrayContaining(['PyTorch', 'Python', 'Docker', 'TensorFlow', 'Kubernetes', 'Spark']));
    // "Similar jobs" names Swift and Spring Boot: they are not the ad's.
    expect(all).not.toContain('Swift');
    expect(all).not.toContain('Spring Boot');
    // Nothing about the user in the page's performance timeline.
    expect(await ff.run<number>('return performance.getEntries().filter((e) => /skillmark/i.test(e.name)).length')).toBe(0);
    // The page's own text is untouched.
    expect(await text('.show-more-less-html__markup li')).toBe('Train and deploy deep learning models with PyTorch and TensorFlow.');
    await ff.closeTab(tab);
  });

  it('shows the lean, the match, matched and missing skills in the popup', async () => {
    const page = await ff.open('http://boards.greenhouse.io/northwind/jobs/1234567');
    await expect.poll(highlightedTexts, { timeout: 15_000 }).toContain('PyTorch');
    const tabId = await ff.inExtension<number>('return browser.tabs.query({ url: "*://boards.greenhouse.io/*" }).then((t) => t[0].id)');
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => text('[data-testid="lean-label"]'), { timeout: 15_000 }).toBe('ML-leaning');
    expect(await text('[data-testid="read"]')).toContain('Machine Learning Engineer');
    expect(await text('[data-testid="matched"]')).toContain('PyTorch');
    expect(await text('[data-testid="matched"]')).toContain('Python');
    expect(await text('[data-testid="missing"]')).toContain('TensorFlow');
    expect(await text('[data-testid="score"]')).toMatch(/Match \d+%/);
    await ff.closeTab(popup);
    await ff.closeTab(page);
  });

  it('on a hostile page, two profiles give the page identical observations', async () => {
    const a = await visitHostilePage(ff, ['python', 'rust', 'postgresql', 'kubernetes', 'pytorch']);
    const b = await visitHostilePage(ff, ['go', 'docker']);
    // To the page they are the same visitor...
    expect(a.observed).toEqual(b.observed);
    // ...though the card did open under the pointer (the probe saw something that is not the page's)...
    expect(a.observed.probes[0]).toContain('1');
    // ...and the profiles did matter to Skillmark (the popup says so).
    for (const s of ['Kubernetes', 'Python', 'PostgreSQL']) expect(a.matched).toContain(s);
    for (const s of ['Docker', 'Go']) expect(b.matched).toContain(s);
    for (const s of ['Kubernetes', 'Python']) expect(b.missing).toContain(s);
    // The planted off-screen list was not read as part of the ad.
    expect(a.highlighted).not.toContain('PyTorch');
    expect(a.highlighted).not.toContain('TensorFlow');
    expect(a.highlighted.filter((t) => t === 'Kubernetes')).toHaveLength(1);
  });

  it('made no network request: nothing but the fixture pages, exactly', () => {
    expect(ff.proxy.requests).toContain('http://www.linkedin.com/jobs/view/4012345678/');
    expect(ff.proxy.requests).toContain(HOSTILE_PAGE);
    expect(ff.violations).toEqual([]);
  });
});
