/**
 * The one end-to-end test of the command line: the CLI as `npm run build` builds it (the bundle,
 * and the start-up snapshot `npm run analyze` runs), in a child process, answers as `main` does
 * in-process. Generous, explicit time budgets: it builds both and starts Node on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli';
import { runInProcess } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'skillmark-built-cli-'));

describe('the built CLI', () => {
  beforeAll(() => buildCli(join(dir, 'cli')), 120_000);

  it('gives the same answers, exit codes and errors as main, from files, stdin and pages', { timeout: 120_000 }, async () => {
    const ad = join(dir, 'ad.txt');
    writeFileSync(ad, 'Requirements:\n- Go, Rust and Python 3\n- Swift delivery of features\nWe Go to conferences.\n');
    const page = new URL('../fixtures/pages/greenhouse.html', import.meta.url).pathname;
    const args = ['--json', ad, '-', page, join(dir, 'missing.txt')];
    const stdin = 'Experience with TensorFlow and Spark clusters';
    const inProcess = await runInProcess(args, stdin);
    const cli = join(dir, 'cli');
    const bundle = spawnSync(process.execPath, [join(cli, 'skillmark.mjs'), ...args], { input: stdin, encoding: 'utf8', timeout: 60_000 });
    const snapshot = spawnSync(process.execPath, ['--snapshot-blob', join(cli, 'skillmark.blob'), '--', ...args], { input: stdin, encoding: 'utf8', timeout: 60_000 });
    for (const built of [bundle, snapshot]) {
      expect(built.status).toBe(2);
      expect(built.stderr).toBe(inProcess.err);
      expect(built.stderr).toMatch(/missing\.txt: no such file/);
      expect(built.stdout).toBe(inProcess.out);
    }
    expect(inProcess.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([ad, '-', page]);
    // The sample ad ships next to the bundle; the report is the readable one.
    const sample = spawnSync(process.execPath, ['--snapshot-blob', join(cli, 'skillmark.blob')], { encoding: 'utf8', timeout: 60_000 });
    expect(sample.status).toBe(0);
    expect(sample.stdout).toBe((await runInProcess([])).out);
    expect(sample.stdout).toMatch(/^== sample-ad\nLean: ML-leaning/);
  });
});
