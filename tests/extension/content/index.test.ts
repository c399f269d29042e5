// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PagePayload, PageVerdict } from '../../../src/extension/messages';

// The background is replaced by a stand-in: the test watches what the content script sends.
const sent: { type: string; data: unknown }[] = [];
let answer: (page: PagePayload) => Promise<PageVerdict> = async () => ({ mentions: [], skills: {} });
vi.mock('../../../src/extension/messages', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    if (type === 'analysePage') return answer(data as PagePayload);
    return undefined;
  }),
  onMessage: vi.fn((name: string, cb: () => unknown) => {
    listeners[name] = cb;
    return () => undefined;
  }),
}));
/** What the content script answers (contentPing), to call as the background would. */
const listeners: Record<string, () => unknown> = {};

const { startContent } = await import('../../../src/extension/content/index');
const { createLifecycle } = await import('../../../src/extension/content/lifecycle');
const { profileItem } = await import('../../../src/extension/storage');

/** A stand-in for the CSS Custom Highlight API (happy-dom has none) that counts writes. */
function fakeHighlightApi(): { registry: Map<string, string[]>; writes: () => number } {
  const registry = new Map<string, string[]>();
  let writes = 0;
  class FakeHighlight {
    constructor(...ranges: Range[]) {
      (this as unknown as { texts: string[] }).texts = ranges.map((r) => r.toString());
    }
  }
  (window as unknown as { CSS: unknown }).CSS = {
    highlights: {
      set: (n: string, h: { texts: string[] }) => {
        writes++;
        registry.set(n, h.texts);
      },
      delete: (n: string) => registry.delete(n),
    },
  };
  (window as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
  return { registry, writes: () => writes };
}

const settle = (ms = 120): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Waits until the content script has sent `n` analyses (a loaded machine may take a while). */
const analysed = (n = 1): Promise<void> => vi.waitFor(() => expect(sent.filter((m) => m.type === 'analysePage').length).toBeGreaterThanOrEqual(n), { timeout: 10_000, interval: 20 });
/** Waits until the content script has painted (its answer is applied after the message returns). */
const paintedBy = (handle: { stats(): { painted: unknown[] } }, n = 1): Promise<void> => vi.waitFor(() => expect(handle.stats().painted.length).toBeGreaterThanOrEqual(n), { timeout: 10_000, interval: 20 });

const AD = '<div id="jobDescriptionText"><h3>Requirements</h3><ul><li>Python and Kafka</li></ul></div>';
const mention = (text: string, word: string, skill: string, status: 'matched' | 'missing' | 'other') => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, skill, status });
const skills = {
  python: { id: 'python', name: 'Python', category: 'language', lean: 'both' },
  kafka: { id: 'kafka', name: 'Kafka', category: 'data-engineering', lean: 'swe' },
};

let life: ReturnType<typeof createLifecycle>;
beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  answer = async () => ({ mentions: [], skills: {} });
  document.head.replaceChildren();
  document.body.innerHTML = AD;
  // A board's page (Indeed): off the boards the script is quiet unless the page has a job ad.
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://www.indeed.com/viewjob?jk=1');
  life = createLifecycle(window, () => true);
});
afterEach(() => {
  life.invalidate();
  document.body.replaceChildren();
});

describe('content script', () => {
  it('sends the extracted ad (text only) to the background and reports nothing when all goes well', async () => {
    startContent(life, document);
    await analysed();
    const page = sent.find((m) => m.type === 'analysePage')!.data as PagePayload;
    expect(page).toMatchObject({ found: true, text: 'Requirements\n\nPython and Kafka' });
    expect(sent.some((m) => m.type === 'reportError')).toBe(false);
  });

  it('never throws into the page: a failing background becomes an error report', async () => {
    answer = async () => {
      throw new Error('background is gone');
    };
    expect(() => startContent(life, document)).not.toThrow();
    await vi.waitFor(() => expect(sent.find((m) => m.type === 'reportError')?.data).toMatch(/background is gone/), { timeout: 10_000 });
  });

  it("leaves the page's text nodes as they were", async () => {
    fakeHighlightApi();
    answer = async (p) => ({ mentions: [mention(p.text, 'Kafka', 'kafka', 'missing')], skills });
    const before = document.body.innerHTML;
    const handle = startContent(life, document);
    await paintedBy(handle);
    // Our layer is one empty element appended to <html>, outside the body.
    expect(document.body.innerHTML).toBe(before);
  });

  it('shows the page one neutral highlight whatever the profile: two profiles, identical observations', async () => {
    const observe = async (statuses: Record<string, 'matched' | 'missing' | 'other'>) => {
      document.head.replaceChildren();
      document.body.innerHTML = AD;
      const { registry } = fakeHighlightApi();
      const own = createLifecycle(window, () => true);
      answer = async (p) => ({ mentions: [mention(p.text, 'Python', 'python', statuses.python!), mention(p.text, 'Kafka', 'kafka', statuses.kafka!)], skills });
      const handle = startContent(own, document);
      await paintedBy(handle, 2);
      const seen = {
        registry: [...registry.entries()].map(([name, texts]) => [name.replace(/skillmark-[a-z0-9]+-/, 'skillmark-ID-'), texts]),
        html: document.documentElement.outerHTML.replace(/skillmark-[a-z0-9]+-/g, 'skillmark-ID-'),
      };
      const stats = handle.stats();
      own.invalidate();
      return { seen, stats };
    };
    const a = await observe({ python: 'matched', kafka: 'missing' });
    const b = await observe({ python: 'missing', kafka: 'matched' });
    expect(a.seen).toEqual(b.seen);
    expect(a.seen.registry).toEqual([['skillmark-ID-skill', ['Python', 'Kafka']]]);
    // ...while Skillmark itself (this isolated world) knows who has what.
    expect(a.stats.painted.map((p) => p.status)).toEqual(['matched', 'missing']);
    expect(b.stats.painted.map((p) => p.status)).toEqual(['missing', 'matched']);
  });

  it('a profile change updates statuses without touching the page-visible registry', async () => {
    const api = fakeHighlightApi();
    let kafka: 'missing' | 'matched' = 'missing';
    answer = async (p) => ({ mentions: [mention(p.text, 'Kafka', 'kafka', kafka)], skills });
    const handle = startContent(life, document);
    await paintedBy(handle);
    const writes = api.writes();
    expect(writes).toBeGreaterThan(0);
    kafka = 'matched';
    await profileItem.setValue({ skills: ['kafka'], custom: [] });
    await vi.waitFor(() => expect(handle.stats().painted[0]!.status).toBe('matched'), { timeout: 10_000 });
    expect(api.writes()).toBe(writes);
  });

  it("is not switched off by the page replaying WXT's start-up event", async () => {
    startContent(life, document);
    await analysed();
    const before = sent.filter((m) => m.type === 'analysePage').length;
    document.dispatchEvent(new CustomEvent(`${fakeBrowser.runtime.id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'x' } }));
    window.postMessage({ type: `${fakeBrowser.runtime.id}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'x' }, '*');
    document.querySelector('li')!.textContent = 'Python, Kafka and Rust';
    await analysed(before + 1);
    expect(life.isValid).toBe(true);
  });

  it('starts on a page that defined the custom element names Skillmark once used', async () => {
    class Trap extends HTMLElement {
      constructor() {
        super();
        throw new Error('page trap');
      }
    }
    if (!customElements.get('skillmark-tooltip')) customElements.define('skillmark-tooltip', Trap);
    answer = async (p) => ({ mentions: [mention(p.text, 'Kafka', 'kafka', 'missing')], skills });
    const handle = startContent(life, document);
    await paintedBy(handle);
    expect(sent.some((m) => m.type === 'reportError')).toBe(false);
  });

  it('does not read the page again for mutations outside the ad', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="clock">0</div>');
    const handle = startContent(life, document);
    await analysed();
    const runs = handle.stats().runs;
    expect(runs).toBe(1);
    for (let i = 0; i < 5; i++) {
      document.getElementById('clock')!.textContent = String(i);
      document.body.insertAdjacentHTML('beforeend', '<p>chat message</p>');
      await settle(20);
    }
    await settle(900);
    expect(handle.stats().runs).toBe(runs);
    // ...while a change inside the ad is read.
    document.querySelector('li')!.textContent = 'Python and Rust';
    await vi.waitFor(() => expect(handle.stats().runs).toBe(runs + 1), { timeout: 10_000 });
  });

  it('does no page work on LinkedIn pages that are not job pages', async () => {
    window.history.replaceState({}, '', '/feed/');
    const { happyDOM } = window as unknown as { happyDOM: { setURL(u: string): void } };
    happyDOM.setURL('https://www.linkedin.com/feed/');
    document.body.innerHTML = '<div class="jobs-description__content">Python and Kafka</div>';
    startContent(life, document);
    await settle(400);
    expect(sent).toEqual([]);
  });
});

describe('content script off the boards (the "every site" opt-in)', () => {
  const setURL = (u: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(u);
  const BLOG = '<article><h1>Ten years of sourdough</h1><p>Flour, water, salt and time. I log the proofing box with a Python script.</p><p>The rest is patience.</p></article>';
  const POSTING = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Engineer', description: '<p>Requirements</p><ul><li>Python and Kafka</li></ul>' });

  it('on a page without a job ad: no message, no paint, and page mutations cause no reading', async () => {
    setURL('https://www.slow-kitchen.example/posts/sourdough');
    document.body.innerHTML = BLOG;
    const handle = startContent(life, document);
    await settle();
    expect(sent).toEqual([]);
    expect(handle.stats().runs).toBe(1);
    for (let i = 0; i < 5; i++) {
      document.body.insertAdjacentHTML('beforeend', `<p>comment ${i} with more text about bread and Python</p>`);
      await settle(20);
    }
    await settle(900);
    expect(handle.stats().runs).toBe(1);
    expect(sent).toEqual([]);
    expect(document.documentElement.lastElementChild).toBe(document.body); // no layer added to the page
  });

  it('reads a career page that carries a JobPosting, also when the data arrives later', async () => {
    setURL('https://acme.example/p/42');
    document.body.innerHTML = BLOG;
    const handle = startContent(life, document);
    await settle();
    expect(sent).toEqual([]);
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = POSTING;
    document.head.append(ld);
    await settle(900);
    expect(handle.stats().runs).toBe(2);
    expect(sent.find((m) => m.type === 'analysePage')?.data).toMatchObject({ found: true, title: 'Data Engineer' });
  });

  it('answers when the user asks ("analyse anyway"): reads fully and reports even that there is no ad, each time asked', async () => {
    setURL('https://www.slow-kitchen.example/posts/sourdough');
    document.body.innerHTML = BLOG;
    startContent(life, document);
    await settle();
    expect(sent).toEqual([]);
    expect(listeners.contentPing!()).toBe(true);
    await settle(200);
    expect(sent.filter((m) => m.type === 'analysePage').map((m) => (m.data as PagePayload).found)).toEqual([false]);
    // Asked again, the same answer is sent again (the popup waits for it).
    listeners.contentPing!();
    await settle(200);
    expect(sent.filter((m) => m.type === 'analysePage')).toHaveLength(2);
  });

  it('says once that the ad is gone when a single-page app moves on to a page without one', async () => {
    setURL('https://acme.example/careers/42');
    document.head.insertAdjacentHTML('beforeend', `<script type="application/ld+json">${POSTING}</script>`);
    document.body.innerHTML = '<main><h1>Data Engineer</h1><p>Requirements</p><ul><li>Python and Kafka</li></ul></main>';
    const handle = startContent(life, document);
    await settle();
    expect(sent.filter((m) => m.type === 'analysePage')).toHaveLength(1);
    document.head.replaceChildren();
    document.body.innerHTML = BLOG;
    window.history.pushState({}, '', '/blog/sourdough');
    setURL('https://acme.example/blog/sourdough');
    await settle(900);
    const pages = sent.filter((m) => m.type === 'analysePage').map((m) => m.data as PagePayload);
    expect(pages.map((p) => p.found)).toEqual([true, false]);
    expect(handle.stats().painted).toEqual([]);
  });
});
