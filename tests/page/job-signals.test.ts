import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/page/extract';
import { bringsJobData, hasJobPostingData, isBoardUrl, mayHoldJobAd, strongJobAd } from '../../src/page/job-signals';
import { parseHtml } from '../../src/page/parse-html';

const E2E = join(__dirname, '../e2e/fixtures');
const page = (file: string) => parseHtml(readFileSync(join(E2E, file), 'utf8'));
const html = (head: string, body = '<p>Hello</p>') => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const u = (s: string) => new URL(s);

describe('job signals on sites that are not boards', () => {
  it('sees a JobPosting in structured data, and nothing in other structured data', () => {
    expect(hasJobPostingData(page('career-jsonld.html'))).toBe(true);
    expect(hasJobPostingData(html('<script type="application/ld+json">{"@type":"Recipe","name":"Sourdough"}</script>'))).toBe(false);
    expect(hasJobPostingData(html('<script>var x = "JobPosting"</script>'))).toBe(false); // not structured data
  });

  it('may hold an ad: structured data, or job words in the address or title; a blog post does not', () => {
    expect(mayHoldJobAd(page('career-jsonld.html'), u('https://fernhill.example/about'))).toBe(true);
    expect(mayHoldJobAd(html('<title>Hello</title>'), u('https://acme.example/careers/123-data-engineer'))).toBe(true);
    expect(mayHoldJobAd(html('<title>Senior Engineer - Jobs at Acme</title>'), u('https://acme.example/p/123'))).toBe(true);
    expect(mayHoldJobAd(html('<title>Hello</title>'), u('https://jobs.acme.example/123'))).toBe(true);
    expect(mayHoldJobAd(page('quiet-blog.html'), u('https://www.slow-kitchen.example/posts/ten-years-of-sourdough'))).toBe(false);
    expect(mayHoldJobAd(html('<title>Search results</title>'), null)).toBe(false);
  });

  it('accepts structured data and adapters; the generic finder only when it is sure', () => {
    const career = extractPosting(page('career-jsonld.html'), 'https://careers.fernhill-robotics.example/jobs/ml-engineer-4411');
    expect(career.found && career.source).toBe('json-ld');
    expect(strongJobAd(career)).toBe(true);
    const notFound = extractPosting(page('quiet-blog.html'), 'https://www.slow-kitchen.example/posts/x');
    expect(strongJobAd(notFound)).toBe(false);
    const weak = { found: true, source: 'generic', confidence: 0.5 } as Parameters<typeof strongJobAd>[0];
    const sure = { found: true, source: 'generic', confidence: 1 } as Parameters<typeof strongJobAd>[0];
    expect(strongJobAd(weak)).toBe(false);
    expect(strongJobAd(sure)).toBe(true);
  });

  it('watches for JSON-LD scripts only', () => {
    const doc = html('');
    const ld = doc.createElement('script');
    ld.setAttribute('type', 'application/ld+json');
    const plain = doc.createElement('script');
    expect(bringsJobData(ld)).toBe(true);
    expect(bringsJobData(plain)).toBe(false);
    expect(bringsJobData(doc.createElement('div'))).toBe(false);
  });

  it('knows the boards, installed and optional, by their addresses', () => {
    expect(isBoardUrl(u('https://www.linkedin.com/jobs/view/1'))).toBe(true);
    expect(isBoardUrl(u('https://www.seek.com.au/job/123'))).toBe(true);
    expect(isBoardUrl(u('https://careers.fernhill-robotics.example/jobs/1'))).toBe(false);
    expect(isBoardUrl(null)).toBe(false);
  });
});
