// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/page/extract';
import { parseHtml } from '../../src/page/parse-html';
import { rangeFor } from '../../src/page/text-map';
import { CHROME, PAGES, pageHtml } from './fixtures';

const inHappyDom = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.each([
  ['happy-dom', inHappyDom],
  ['linkedom', parseHtml],
])('extractPosting on board fixtures (%s)', (_, parse) => {
  for (const fx of PAGES) {
    it(`${fx.file} at ${fx.saved ? 'no URL (saved page)' : fx.url}`, () => {
      const page = extractPosting(parse(pageHtml(fx.file)), fx.saved ? null : fx.url);
      expect(page.board).toBe(fx.board);
      if (!fx.found) {
        expect(page.found).toBe(false);
        if (!page.found) expect(page.reason.length).toBeGreaterThan(10);
        return;
      }
      expect(page.found, !page.found ? page.reason : '').toBe(true);
      if (!page.found) return;
      expect(page.title).toBe(fx.title);
      // Exactly the ad: it starts with its first line, ends with its last, and holds no page furniture.
      expect(page.text.startsWith(fx.first!), page.text.slice(0, 80)).toBe(true);
      expect(page.text.endsWith(fx.last!), page.text.slice(-80)).toBe(true);
      for (const junk of CHROME) expect(page.text).not.toContain(junk);
      // Headings and list items keep their own lines for the section splitter.
      expect(page.text).not.toMatch(/ {2}|\n{3}/);
    });
  }
});

/** The window's own document (happy-dom's Range.toString only works there). */
function intoWindowDocument(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '');
  return document;
}

describe('text map', () => {
  it('maps every span of the extracted text back to the same text on the page', () => {
    let checked = 0;
    for (const fx of PAGES.filter((p) => p.found)) {
      const page = extractPosting(intoWindowDocument(pageHtml(fx.file)), fx.url);
      if (!page.found || !page.textMap) continue;
      const { text, textMap } = page;
      for (let k = 0; k < 40; k++) {
        const start = Math.floor((k * 7919) % text.length);
        const end = Math.min(text.length, start + 1 + ((k * 104729) % 60));
        const range = rangeFor(textMap, start, end);
        if (!/\S/.test(text.slice(start, end)) || text.slice(start, end).includes('\n')) continue;
        expect(range, `${fx.file} ${start}-${end}`).not.toBeNull();
        expect(squash(range!.toString())).toBe(squash(text.slice(start, end)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('structured data and hostile pages', () => {
  it('reads JobPosting JSON-LD in arrays, @graph, with escaped HTML, skipping broken blocks', () => {
    const html = `<html><head><script type="application/ld+json">[{"@type":"WebSite"},{"@type":["JobPosting"],"title":"Data Scientist","hiringOrganization":"Contoso","description":"&amp;lt;p&amp;gt;Python &amp;amp; SQL&amp;lt;/p&amp;gt;"}]</script><script type="application/ld+json">{oops</script></head><body></body></html>`;
    const page = extractPosting(inHappyDom(html), 'https://example.org/job');
    expect(page).toMatchObject({ found: true, source: 'json-ld', title: 'Data Scientist', company: 'Contoso' });
    if (page.found) expect(page.text).toContain('Python & SQL');
  });

  it('says a page with several JobPostings is a list, unless the URL names one', () => {
    const posting = (t: string, u: string): string => `{"@type":"JobPosting","title":"${t}","url":"${u}","description":"<p>${t} with Python and Kubernetes.</p>"}`;
    const html = `<html><head><script type="application/ld+json">[${posting('ML Engineer', 'https://x.org/jobs/1')},${posting('Backend Engineer', 'https://x.org/jobs/2')}]</script></head><body></body></html>`;
    expect(extractPosting(inHappyDom(html), 'https://x.org/jobs')).toMatchObject({ found: false });
    expect(extractPosting(inHappyDom(html), 'https://x.org/jobs/2')).toMatchObject({ found: true, title: 'Backend Engineer' });
  });

  it('trusts the board\'s adapter: a LinkedIn feed post about a job is not mistaken for an ad', () => {
    const post = '<main><article class="feed-shared-update-v2"><p>We are hiring! Responsibilities: build models. Requirements: 5 years of experience with Python. Nice to have: Spark. Benefits: remote. ' + 'We are looking for you. '.repeat(30) + '</p></article></main>';
    const page = extractPosting(inHappyDom(`<html><body>${post}</body></html>`), 'https://www.linkedin.com/feed/');
    expect(page).toMatchObject({ found: false, board: 'LinkedIn' });
  });

  it('takes a description made only of HTML entities as text', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"T","description":"&amp;amp;&amp;lt;&amp;gt;&amp;quot;"}</script></head><body></body></html>`;
    const page = extractPosting(inHappyDom(html), null);
    if (page.found) expect(page.text).not.toMatch(/<[a-z]/);
  });

  it('never throws: empty pages, scripts and hostile markup', () => {
    for (const html of ['', '<html></html>', '<script>throw 1</script>', '<img src=x onerror="globalThis.pwned=1"><p>'.repeat(50)]) {
      const page = extractPosting(inHappyDom(html), 'https://example.org/');
      expect(page.found).toBe(false);
    }
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('survives a DOM 20,000 levels deep and one of 60,000 elements', () => {
    const deep = '<div>'.repeat(20_000) + '<p>Requirements: Python</p>' + '</div>'.repeat(20_000);
    expect(() => extractPosting(parseHtml(deep), 'https://example.org/')).not.toThrow();
    const wide = '<ul>' + '<li>Experience with Python, Go and Kubernetes for our platform team.</li>'.repeat(60_000) + '</ul>';
    const page = extractPosting(parseHtml(`<html><body><main>${wide}</main></body></html>`), 'https://example.org/');
    if (page.found) expect(page.text.length).toBeLessThanOrEqual(300_000);
    // An explicit budget: parsing 80,000 elements takes seconds on a loaded 2-core machine.
  }, 60_000);
});
