import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/page/extract';
import { parseHtml } from '../../src/page/parse-html';

/** Random HTML: nested tags (some job-board-like), attributes, JSON-LD blocks, entities and junk text. */
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Python', 'Requirements', 'Responsibilities:', '&amp;', '&lt;p&gt;', '<', '>', '"', '\u0000', '🙂', '\u202e'));
const tag = fc.constantFrom('div', 'p', 'ul', 'li', 'span', 'h1', 'h3', 'nav', 'footer', 'section', 'article', 'script', 'style', 'form', 'b', 'br', 'table', 'td');
const attr = fc.constantFrom('', ' id="jobDescriptionText"', ' class="show-more-less-html__markup"', ' class="job__description"', ' data-automation-id="jobPostingDescription"', ' hidden', ' aria-hidden="true"', ' class="cookie-banner"', ' style="display:none"');
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, fc.tuple(tag, attr, fc.array(tie('node'), { maxLength: 4 })).map(([t, a, kids]) => `<${t}${a}>${(kids as string[]).join('')}</${t}>`)),
})).node as fc.Arbitrary<string>;
const jsonLd = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }).map((s) => `<script type="application/ld+json">${s}</script>`),
  fc.record({ title: fc.string({ maxLength: 20 }), description: fc.string({ maxLength: 60 }) }).map((o) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', ...o })}</script>`),
);
const url = fc.constantFrom(null, 'https://www.linkedin.com/jobs/view/1/', 'https://www.indeed.com/viewjob?jk=1', 'https://jobs.lever.co/x/y/apply', 'https://news.ycombinator.com/item?id=1#2', 'https://example.org/');

describe('extractor properties', () => {
  it('never throws on random HTML, is deterministic, and returns a usable answer', () => {
    fc.assert(
      fc.property(html, jsonLd, url, (body, ld, u) => {
        const page = `<html><head>${ld}</head><body>${body}</body></html>`;
        const a = extractPosting(parseHtml(page), u);
        const b = extractPosting(parseHtml(page), u);
        expect({ ...a, roots: [], textMap: null }).toEqual({ ...b, roots: [], textMap: null });
        if (a.found) {
          expect(a.text.length).toBeLessThanOrEqual(300_000);
          expect(typeof a.title === 'string' || a.title === null).toBe(true);
        } else {
          expect(a.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
