/**
 * The CLI run in-process: `main(argv, io)` with in-memory streams, so no test waits for a Node
 * start-up. The built CLI has its own end-to-end test (built-cli.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './in-process';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'skillmark-cli-'));
function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}
const lines = (out: string): Record<string, any>[] => out.trim().split('\n').map((l) => JSON.parse(l));

describe('cli --json contract', () => {
  const text = 'Requirements:\n- Python 3 and Kubernetes\n- C++ and PyTorch\n';
  const path = file('ad.txt', text);

  it('prints one JSON object per ad with the contract fields', async () => {
    const { code, out, err } = await run(['--json', path]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const [o] = lines(out);
    expect(Object.keys(o!).slice(0, 7)).toEqual(['id', 'found', 'title', 'text', 'lean', 'skills', 'mentions']);
    expect(o!.id).toBe(path);
    expect(o!.found).toBe(true);
    expect(o!.title).toBeNull();
    expect(o!.text).toBe(text);
    expect(Object.keys(o!.lean)).toEqual(['label', 'ml', 'evidence', 'role']);
    expect(o!.skills[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      category: expect.any(String),
      lean: expect.any(String),
      count: expect.any(Number),
      section: 'required',
      required: true,
    });
    expect(o!.match).toBeUndefined();
  });

  it('gives offsets that index the text unchanged', async () => {
    const [o] = lines((await run(['--json', path])).out);
    const found = o!.mentions.map((m: { start: number; end: number }) => text.slice(m.start, m.end));
    expect(found).toEqual(['Python 3', 'Kubernetes', 'C++', 'PyTorch']);
  });

  it('adds the match with --profile', async () => {
    const profile = file('me.txt', 'python\nk8s\n');
    const [o] = lines((await run(['--json', '--profile', profile, path])).out);
    expect(o!.match.matched).toEqual(expect.arrayContaining(['python', 'kubernetes']));
    expect(o!.match.missing).toEqual(expect.arrayContaining(['cpp', 'pytorch']));
    expect(o!.match.score).toBeGreaterThan(0);
    expect(o!.match.score).toBeLessThan(1);
  });

  it('reads .jsonl, reports a malformed line by number and still analyses the others', async () => {
    const jsonl = file('ads.jsonl', '{"id":"a","text":"Go and Rust developers"}\n{not json\n{"id":"b","text":"   ","title":"Nothing"}\n');
    const { code, out, err } = await run(['--json', jsonl]);
    expect(code).toBe(0);
    expect(err).toContain(`${jsonl}:2`);
    const [a, b] = lines(out);
    expect(a!.id).toBe('a');
    expect(a!.skills.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['go', 'rust']));
    expect(b).toMatchObject({ id: 'b', found: false, title: 'Nothing', mentions: [] });
  });

  it('reads stdin with -', async () => {
    const [o] = lines((await run(['--json', '-'], 'Experience with TensorFlow')).out);
    expect(o!.skills[0].id).toBe('tensorflow');
  });

  it('analyses the bundled sample ad when given no input', async () => {
    const r = await run(['--json']);
    expect(r.code).toBe(0);
    const [o] = lines(r.out);
    expect(o!.found).toBe(true);
    expect(o!.skills.length).toBeGreaterThan(10);
  });
});

// The first page loads the HTML parser: a budget for a loaded machine, not a goal.
describe('cli on pages', { timeout: 20_000 }, () => {
  it('extracts the ad from an .html page through the page extractor: its title and only its text', async () => {
    const page = join(root, 'tests/fixtures/pages/greenhouse.html');
    const [o] = lines((await run(['--json', page])).out);
    expect(o).toMatchObject({ id: page, found: true, title: 'Senior Backend Engineer', board: 'Greenhouse' });
    expect(o!.text.startsWith('Join the payments team')).toBe(true);
    expect(o!.text).not.toContain('Submit application');
    expect(o!.skills.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['go', 'java', 'kafka']));
  });

  it('says found: false with a reason for a page without a single ad, and reads "html" in .jsonl', async () => {
    const [o] = lines((await run(['--json', join(root, 'tests/fixtures/pages/indeed-search.html')])).out);
    expect(o).toMatchObject({ found: false, mentions: [] });
    expect(o!.reason).toMatch(/list of/i);
    const html = '<html><body><div id="jobDescriptionText"><p>Requirements: Python and PyTorch.</p></div></body></html>';
    const jsonl = file('pages.jsonl', JSON.stringify({ id: 'p1', html, url: 'https://www.indeed.com/viewjob?jk=1' }) + '\n');
    const [p] = lines((await run(['--json', jsonl])).out);
    expect(p).toMatchObject({ id: 'p1', found: true, board: 'Indeed', text: 'Requirements: Python and PyTorch.' });
  });
});

describe('cli options', { timeout: 20_000 }, () => {
  it('prints the usage with --help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: npm run --silent analyze/);
    expect(r.err).toBe('');
  });

  it('reads the profile from stdin with --profile -', async () => {
    const ad = file('p.txt', 'Requirements: Python and Rust');
    const [o] = lines((await run(['--json', '--profile', '-', ad], 'python\n')).out);
    expect(o!.match).toMatchObject({ matched: ['python'], missing: ['rust'] });
  });

  it('says when a bound cut the analysis, in JSON and in the report', async () => {
    const prose = 'We are looking for an engineer to join our team and work with the data platform. '.repeat(12);
    const path = file('many.txt', prose + 'Python '.repeat(6_000) + '\n' + prose);
    const [o] = lines((await run(['--json', path])).out);
    expect(o!.capped).toEqual({ mentionsFound: 6_000 });
    expect(o!.mentions).toHaveLength(5_000);
    expect((await run([path])).out).toMatch(/only the first 5000 of 6000 skill mentions/);
  });
});

describe('cli errors', () => {
  it('exits 2 with one line for an unknown option', async () => {
    const r = await run(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('exits 2 with one line, no stack trace, for a missing file', async () => {
    const r = await run(['--json', join(tmp, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read .*nope\.txt: no such file/);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 for a binary file and a missing --profile value', async () => {
    const binary = await run(['--json', file('x.txt', Buffer.from([0, 1, 2, 3, 0, 255, 0]))]);
    expect(binary.err).toMatch(/binary/);
    expect(binary.code).toBe(2);
    expect((await run(['--json', '--profile'])).code).toBe(2);
  });

  it('still analyses the other inputs after an unreadable one, and exits 2', async () => {
    const good = file('good.txt', 'Experience with Kubernetes');
    const r = await run(['--json', join(tmp, 'missing.txt'), good]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(lines(r.out).map((o) => o.id)).toEqual([good]);
  });

  it('prints a readable report without --json', async () => {
    const r = await run([file('r.txt', 'Requirements\n- PyTorch and TensorFlow\n- statistics\n')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Lean: ML-leaning/);
    expect(r.out).toMatch(/Required \(\d+\):\n( {4}• .*\n)* {4}• PyTorch/);
  });

  it('groups the readable report into required / nice to have and marks what you have', async () => {
    const r = await run(['--profile', file('me.txt', 'PyTorch\n'), file('g.txt', 'Requirements\n- PyTorch and TensorFlow\n\nNice to have\n- Kubeflow\n')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Match: \d+%/);
    expect(r.out).toMatch(/ {2}Required \(2\):\n( {4}. .*\n)* {4}✓ PyTorch/);
    expect(r.out).toMatch(/ {4}✗ TensorFlow/);
    expect(r.out).toMatch(/ {2}Nice to have \(1\):\n {4}✗ Kubeflow/);
  });

  it('warns on a profile with no known skill instead of a silent "Match: 0%"', async () => {
    const r = await run(['--profile', file('empty.txt', ''), file('e.txt', 'Requirements\n- PyTorch\n')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/names no skill Skillmark knows, so no match is computed/);
    expect(r.out).not.toMatch(/Match: 0%/);
  });

  it('says what to do next when given no ad', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/no ad given, so this is the sample ad\. Next: .*--profile/);
    expect(r.out).toMatch(/== sample-ad/);
  });
});
