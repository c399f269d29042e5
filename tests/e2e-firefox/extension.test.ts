import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefox, type FirefoxHarness } from './firefox';

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
  const text = (selector: string): Promise<string> => ff.run('return document.querySelector(arguments[0])?.textContent ?? ""', [selector]);

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
    expect(await text('h1')).toContain('Skillmark');
    await addSkillFromOptions('python', 'Python');
    await addSkillFromOptions('pytorch', 'PyTorch');
    await addSkillFromOptions('docker', 'Docker');
    await addSkillFromOptions('postgres', 'PostgreSQL');
    // Stored, not only shown: a fresh options page reads the same profile back.
    await ff.closeTab(options);
    await ff.openExtensionPage('options.html');
    await expect.poll(() => text('[data-testid="chips"]'), { timeout: 10_000 }).toMatch(/Python.*PyTorch.*Docker.*PostgreSQL/s);
  });

  it("highlights the ad's skills on a LinkedIn job page, and nothing outside the ad", async () => {
    const tab = await ff.open('http://www.linkedin.com/jobs/view/4012345678/');
    await expect.poll(highlightedTexts, { timeout: 15_000 }).toContain('PyTorch');
    const hl = await highlights();
    expect(Object.keys(hl).every((n) => /^skillmark-[a-z0-9]+-[a-z]+$/.test(n))).toBe(true);
    const all = Object.values(hl).flat();
    expect(all).toEqual(expect.arrayContaining(['PyTorch', 'Python', 'Docker', 'TensorFlow', 'Kubernetes', 'Spark']));
    // "Similar jobs" names Swift and Spring Boot: they are not the ad's.
    expect(all).not.toContain('Swift');
    expect(all).not.toContain('Spring Boot');
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

  it('made no network request: nothing but the fixture pages, exactly', () => {
    expect(ff.proxy.requests).toContain('http://www.linkedin.com/jobs/view/4012345678/');
    expect(ff.violations).toEqual([]);
  });
});
