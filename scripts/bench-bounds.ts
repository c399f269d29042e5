/**
 * The time-budget part of `npm run bench`: hostile inputs through analyze() and through the built
 * CLI, the growth from 20k to 200k characters, punctuation or none, and the CLI's start-up against
 * a bare `node -e 0`. Ratios come from runs alternated in one loop, so machine load hits both sides.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PosStage } from '../src/analysis/context';
import { analyze } from '../src/analysis/index';
import { scanText } from '../src/analysis/tagger';
import { adOfLength, deepHtml, garbageBytes, TEXT_CASES, wideHtml, withoutPunctuation } from './adversarial';
import { buildCli } from './build-cli';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(1)} ms`.padStart(10);

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median times of a and b, run alternately `rounds` times. */
function alternate(a: () => unknown, b: () => unknown, rounds: number): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ta.push(timeOnce(a));
    tb.push(timeOnce(b));
  }
  return [median(ta), median(tb)];
}

export async function benchBounds(ads: string[]): Promise<void> {
  analyze('Warm up: Python, Go and Swift. We Go to the Swift delivery.');

  console.log('\nhostile inputs through analyze() (median of 3):');
  for (const c of TEXT_CASES) {
    const text = c.text();
    const times = [0, 1, 2].map(() => timeOnce(() => analyze(text)));
    const a = analyze(text);
    const note = a.unsupportedLanguage ? 'not English' : a.capped ? `capped ${JSON.stringify(a.capped)}` : `${a.mentions.length} mentions`;
    console.log(`  ${c.name.padEnd(44)} ${String(text.length).padStart(9)} chars ${ms(median(times))}  ${note}`);
  }

  // Real ads end to end (the corpus when given): no repeated sentence to lean on.
  const joined = ads.join('\n\n');
  const long = adOfLength(200_000, joined);
  const short = long.slice(0, 20_000);
  const [t20, t200] = alternate(() => analyze(short), () => analyze(long), 7);
  console.log(`\ngrowth: 20k chars ${ms(t20)}, 200k chars ${ms(t200)}: ${(t200 / t20).toFixed(1)}x for 10x the text (goal <= 12x)`);
  const bare = withoutPunctuation(long).slice(0, 200_000);
  const punct = long.slice(0, bare.length);
  const [tp, tn] = alternate(() => analyze(punct), () => analyze(bare), 5);
  console.log(`no punctuation: 200k chars ${ms(tn)} vs ${ms(tp)} punctuated: ${(tn / tp).toFixed(1)}x (goal < 10x)`);

  await benchCli(ads);
}

/** The CLI as the README runs it (`npm run analyze`, npm's own start-up left out) and as a bare bundle. */
async function benchCli(ads: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'skillmark-bench-'));
  try {
    const node = (args: string[]): ReturnType<typeof spawnSync> => spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    const launcher = fileURLToPath(new URL('./analyze.mjs', import.meta.url));
    node([launcher, '--help']); // builds .output/cli when missing or stale
    const bundle = join(dir, 'cli', 'skillmark.mjs');
    await buildCli(join(dir, 'cli'), false);

    // Start-up on one ad against a bare Node, alternated. Most ads never need compromise: the
    // bundle loads it on first use, the snapshot the launcher runs has it ready.
    const byLength = [...ads].sort((a, b) => a.length - b.length);
    const usesTagger = (ad: string): boolean => {
      const stage = new PosStage();
      scanText(ad, stage);
      return stage.calls > 0;
    };
    const middle = byLength.slice(Math.floor(byLength.length / 2)).concat(byLength);
    const samples = [['an ad without ambiguous names', middle.find((ad) => !usesTagger(ad))], ['an ad that needs compromise', middle.find(usesTagger)]] as const;
    console.log('');
    for (const [label, ad] of samples) {
      if (!ad) continue;
      const path = join(dir, 'ad.txt');
      writeFileSync(path, ad);
      const bare: number[] = [];
      const readme: number[] = [];
      const direct: number[] = [];
      for (let r = 0; r < 7; r++) {
        bare.push(timeOnce(() => node(['-e', '0'])));
        readme.push(timeOnce(() => node([launcher, path])));
        direct.push(timeOnce(() => node([bundle, path])));
      }
      const ratio = (xs: number[]): string => `${(median(xs) / median(bare)).toFixed(1)}x`;
      console.log(`CLI start-up on ${label} (${ad.length} chars): node -e 0 ${ms(median(bare))}`);
      console.log(`  npm run analyze (scripts/analyze.mjs) ${ms(median(readme))}  ${ratio(readme)} (goal <= 5x);  bundle alone ${ms(median(direct))}  ${ratio(direct)}`);
    }

    // Hostile inputs through the CLI: each must end within 10 s with a clear answer.
    const files: [string, string | Buffer][] = [
      ...TEXT_CASES.map((c, i): [string, string] => [`case${i}.txt`, c.text()]),
      ['binary.bin', garbageBytes(200_000)],
      ['deep-20000.html', deepHtml(20_000)],
      ['wide-60000.html', wideHtml(60_000)],
    ];
    const names = new Map(TEXT_CASES.map((c, i) => [`case${i}.txt`, c.name]));
    console.log('\nhostile inputs through npm run analyze (goal < 10 s each, with a clear answer):');
    for (const [name, content] of files) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const start = performance.now();
      const r = node([launcher, path]);
      const seconds = (performance.now() - start) / 1000;
      const stdout = String(r.stdout);
      const answer = (String(r.stderr).trim().split('\n')[0] || stdout.split('\n')[1] || '').replace(dir, '…').slice(0, 72);
      console.log(`  ${(names.get(name) ?? name).padEnd(44)} ${seconds.toFixed(2).padStart(6)} s  exit ${r.status}  ${answer}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
