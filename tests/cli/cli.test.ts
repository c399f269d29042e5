import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');

function run(args: string[], input?: string | Buffer): { code: number; out: string; err: string } {
  const r = spawnSync(tsx, [join(root, 'src/cli/main.ts'), ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
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

  it('prints one JSON object per ad with the contract fields', () => {
    const { code, out, err } = run(['--json', path]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const [o] = lines(out);
    expect(Object.keys(o!).slice(0, 7)).toEqual(['id', 'found', 'title', 'text', 'lean', 'skills', 'mentions']);
    expect(o!.id).toBe(path);
    expect(o!.found).toBe(true);
    expect(o!.title).toBeNull();
    expect(o!.text).toBe(text);
    expect(Object.keys(o!.lean)).toEqual(['label', 'ml', 'evidence']);
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

  it('gives offsets that index the text unchanged', () => {
    const [o] = lines(run(['--json', path]).out);
    const found = o!.mentions.map((m: { start: number; end: number }) => text.slice(m.start, m.end));
    expect(found).toEqual(['Python 3', 'Kubernetes', 'C++', 'PyTorch']);
  });

  it('adds the match with --profile', () => {
    const profile = file('me.txt', 'python\nk8s\n');
    const [o] = lines(run(['--json', '--profile', profile, path]).out);
    expect(o!.match.matched).toEqual(expect.arrayContaining(['python', 'kubernetes']));
    expect(o!.match.missing).toEqual(expect.arrayContaining(['cpp', 'pytorch']));
    expect(o!.match.score).toBeGreaterThan(0);
    expect(o!.match.score).toBeLessThan(1);
  });

  it('reads .jsonl, reports a malformed line by number and still analyses the others', () => {
    const jsonl = file('ads.jsonl', '{"id":"a","text":"Go and Rust developers"}\n{not json\n{"id":"b","text":"   ","title":"Nothing"}\n');
    const { code, out, err } = run(['--json', jsonl]);
    expect(code).toBe(0);
    expect(err).toContain(`${jsonl}:2`);
    const [a, b] = lines(out);
    expect(a!.id).toBe('a');
    expect(a!.skills.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['go', 'rust']));
    expect(b).toMatchObject({ id: 'b', found: false, title: 'Nothing', mentions: [] });
  });

  it('reads stdin with -', () => {
    const [o] = lines(run(['--json', '-'], 'Experience with TensorFlow').out);
    expect(o!.skills[0].id).toBe('tensorflow');
  });

  it('analyses the bundled sample ad when given no input', () => {
    const r = run(['--json']);
    expect(r.code).toBe(0);
    const [o] = lines(r.out);
    expect(o!.found).toBe(true);
    expect(o!.skills.length).toBeGreaterThan(10);
  });
});

describe('cli on pages', () => {
  it('extracts the ad from an .html page through the page extractor: its title and only its text', () => {
    const page = join(root, 'tests/fixtures/pages/greenhouse.html');
    const [o] = lines(run(['--json', page]).out);
    expect(o).toMatchObject({ id: page, found: true, title: 'Senior Backend Engineer', board: 'Greenhouse' });
    expect(o!.text.startsWith('Join the payments team')).toBe(true);
    expect(o!.text).not.toContain('Submit application');
    expect(o!.skills.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['go', 'java', 'kafka']));
  });

  it('says found: false with a reason for a page without a single ad, and reads "html" in .jsonl', () => {
    const [o] = lines(run(['--json', join(root, 'tests/fixtures/pages/indeed-search.html')]).out);
    expect(o).toMatchObject({ found: false, mentions: [] });
    expect(o!.reason).toMatch(/list of/i);
    const html = '<html><body><div id="jobDescriptionText"><p>Requirements: Python and PyTorch.</p></div></body></html>';
    const jsonl = file('pages.jsonl', JSON.stringify({ id: 'p1', html, url: 'https://www.indeed.com/viewjob?jk=1' }) + '\n');
    const [p] = lines(run(['--json', jsonl]).out);
    expect(p).toMatchObject({ id: 'p1', found: true, board: 'Indeed', text: 'Requirements: Python and PyTorch.' });
  });
});

describe('cli errors', () => {
  it('exits 2 with one line for an unknown option', () => {
    const r = run(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('exits 2 with one line, no stack trace, for a missing file', () => {
    const r = run(['--json', join(tmp, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read .*nope\.txt: no such file/);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 for a binary file and a missing --profile value', () => {
    expect(run(['--json', file('x.txt', Buffer.from([0, 1, 2, 3, 0, 255, 0]))]).err).toMatch(/binary/);
    expect(run(['--json', '--profile']).code).toBe(2);
  });

  it('prints a readable report without --json', () => {
    const r = run([file('r.txt', 'Requirements\n- PyTorch and TensorFlow\n- statistics\n')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Lean: ML-leaning/);
    expect(r.out).toMatch(/Required \(\d+\):\n(    • .*\n)*    • PyTorch/);
  });

  it('groups the readable report into required / nice to have and marks what you have', () => {
    const r = run(['--profile', file('me.txt', 'PyTorch\n'), file('g.txt', 'Requirements\n- PyTorch and TensorFlow\n\nNice to have\n- Kubeflow\n')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Match: \d+%/);
    expect(r.out).toMatch(/  Required \(2\):\n(    . .*\n)*    ✓ PyTorch/);
    expect(r.out).toMatch(/    ✗ TensorFlow/);
    expect(r.out).toMatch(/  Nice to have \(1\):\n    ✗ Kubeflow/);
  });

  it('warns on a profile with no known skill instead of a silent "Match: 0%"', () => {
    const r = run(['--profile', file('empty.txt', ''), file('e.txt', 'Requirements\n- PyTorch\n')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/names no skill Skillmark knows, so no match is computed/);
    expect(r.out).not.toMatch(/Match: 0%/);
  });

  it('says what to do next when given no ad', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/no ad given, so this is the sample ad\. Next: .*--profile/);
    expect(r.out).toMatch(/== sample-ad/);
  });
});
