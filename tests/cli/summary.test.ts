import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hnThreadAds, runSummary, type Summary } from '../../src/cli/summary';
import { runInProcess } from './in-process';

const tmp = mkdtempSync(join(tmpdir(), 'skillmark-summary-'));
function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}
function summary(args: { inputs: string[]; profile?: string[]; json?: boolean }): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runSummary(args.inputs, args.profile ?? null, args.json ?? false, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const comment = (id: number, indent: number, html: string): string =>
  `<tr class="athing comtr" id="${id}"><td><table><tr><td class="ind" indent="${indent}"><img src="data:," width="${indent * 40}"></td><td class="default"><div class="comment"><div class="commtext c00">${html}</div></div></td></tr></table></td></tr>`;
const thread = `<!doctype html><html><head><title>Ask HN: Who is hiring? | Hacker News</title></head><body><table class="comment-tree">
${comment(1, 0, 'Quill | Data Engineer | Remote<p>Requirements: Python, Airflow and Kubernetes.')}
${comment(2, 1, 'Is this role open to people in Canada? We use Rust and Haskell at my job.')}
${comment(3, 0, 'Ferrous | Backend Engineer | Oslo<p>Requirements: Rust, PostgreSQL and Kubernetes.')}
</table></body></html>`;

describe('--summary', () => {
  const ads = file(
    'ads.jsonl',
    [
      { id: 'a', text: 'Requirements:\n- Kubernetes and Go\nNice to have:\n- Terraform' },
      { id: 'b', text: 'Requirements:\n- Kubernetes and Python\n- PyTorch' },
      { id: 'c', text: 'Requirements:\n- Java\nNice to have:\n- Kubernetes' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n'),
  );

  it('counts skills by demand over JSON lines, required and preferred apart', () => {
    const { code, out } = summary({ inputs: [ads], json: true });
    expect(code).toBe(0);
    const s = JSON.parse(out) as Summary;
    expect(s.ads).toBe(3);
    expect(s.skills[0]).toMatchObject({ id: 'kubernetes', ads: 3, required: 2, preferred: 1 });
    expect(s.learnNext).toBeUndefined();
  });

  it('ranks what to learn next with --profile, leaving out what the profile has', () => {
    const s = JSON.parse(summary({ inputs: [ads], profile: ['python', 'kubernetes'], json: true }).out) as Summary;
    expect(s.learnNext!.map((i) => i.id)).not.toContain('kubernetes');
    expect(s.learnNext!.map((i) => i.id).slice(0, 3).sort()).toEqual(['go', 'java', 'pytorch']);
  });

  it('prints a readable table', () => {
    const { out } = summary({ inputs: [ads], profile: ['python'] });
    expect(out).toMatch(/^3 ads\n/);
    expect(out).toMatch(/Kubernetes\s+3\s+2\s+1/);
    expect(out).toContain('1. Kubernetes: required in 2 of your 3 ads, nice to have in 1');
  });

  it('reads a Hacker News thread as one ad per top-level comment (replies are not ads)', () => {
    const found = hnThreadAds(thread, 'hn.html')!;
    expect(found.map((a) => a.title)).toEqual(['Quill | Data Engineer | Remote', 'Ferrous | Backend Engineer | Oslo']);
    expect(found[0]!.text).toContain('Remote\n\nRequirements');
    const s = JSON.parse(summary({ inputs: [file('hn.html', thread)], json: true }).out) as Summary;
    expect(s.ads).toBe(2);
    expect(s.skills.find((d) => d.id === 'kubernetes')!.ads).toBe(2);
    expect(s.skills.find((d) => d.id === 'haskell')).toBeUndefined();
  });

  it('takes the CLI\'s own --json output as input, and reports an unreadable file with exit 2', async () => {
    const analysed = (await runInProcess(['--json', ads])).out;
    const again = JSON.parse(summary({ inputs: [file('results.jsonl', analysed)], json: true }).out) as Summary;
    expect(again.skills[0]).toMatchObject({ id: 'kubernetes', ads: 3 });
    const missing = summary({ inputs: [join(tmp, 'nope.txt'), ads], json: true });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    expect(JSON.parse(missing.out).ads).toBe(3);
  });

  it('is wired into the command line, stdin included', async () => {
    const r = await runInProcess(['--summary', '--json', ads]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).ads).toBe(3);
    const piped = await runInProcess(['--summary', '-'], 'Requirements:\n- Kubernetes and Go');
    expect(piped.out).toMatch(/^1 ads\n/);
    expect((await runInProcess(['--summary'])).err).toContain('--summary needs the ads');
  });
});
