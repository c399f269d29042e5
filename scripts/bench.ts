/**
 * `npm run bench [-- --corpus DIR]`: per-ad analysis time of Skillmark, of the bare compiled
 * matcher it scans with (the floor; the two alternated in batches), and of a naive full compromise
 * parse with match() (what most users of compromise would write); median and p95, the ratios; the
 * size of each bundle of the built extension; hostile inputs, growth and CLI start-up
 * (bench-bounds.ts); the page side and the cold start in Chromium (bench-page.ts, bench-cold.ts).
 * Timings live here, never in unit tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyze, lexicon } from '../src/analysis/index';
import { spellingsOf } from '../src/analysis/lexicon';
import { taggerMatcher } from '../src/analysis/tagger';
import { corpusArg, readPostings } from './corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = corpusArg(process.argv.slice(2));
let ads: string[];
if (dir) {
  ads = readPostings(dir).map((p) => p.text);
  console.log(`corpus: ${ads.length} postings from ${dir}`);
} else {
  const fixtures = `${root}tests/fixtures/ads/`;
  ads = [readFileSync(`${root}src/cli/sample-ad.txt`, 'utf8'), ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(fixtures + f, 'utf8'))];
  console.log(`no corpus: ${ads.length} sample ads shipped with the project`);
}
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

function time(fn: (t: string) => unknown, texts: string[], rounds: number): number[] {
  for (const t of texts.slice(0, 20)) fn(t); // warm up: compile, JIT
  const perAd: number[] = [];
  for (const t of texts) {
    const start = performance.now();
    for (let r = 0; r < rounds; r++) fn(t);
    perAd.push((performance.now() - start) / rounds);
  }
  return perAd;
}

/**
 * Per-ad times of a and b, alternated in batches of `batch` ads (a on the batch, then b on the
 * same batch), `rounds` times over: machine load and GC hit both alike. Medians per ad.
 */
function alternated(a: (t: string) => unknown, b: (t: string) => unknown, texts: string[], rounds: number, batch = 25): [number[], number[]] {
  // Warm up: compile, JIT.
  for (const t of texts.slice(0, 20)) {
    a(t);
    b(t);
  }
  const ta: number[][] = texts.map(() => []);
  const tb: number[][] = texts.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let from = 0; from < texts.length; from += batch) {
      for (const [fn, out] of [[a, ta], [b, tb]] as const) {
        for (let k = from; k < Math.min(texts.length, from + batch); k++) {
          const start = performance.now();
          fn(texts[k]!);
          out[k]!.push(performance.now() - start);
        }
      }
    }
  }
  const med = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [ta.map(med), tb.map(med)];
}
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);

// Median-length ads: the goal is stated for a ~460-word ad.
const byLength = [...ads].sort((a, b) => words(a) - words(b));
const medianWords = words(byLength[Math.floor(byLength.length / 2)]!);
const nearMedian = byLength.slice(Math.max(0, Math.floor(byLength.length / 2) - 25), Math.floor(byLength.length / 2) + 25);

// The floor: the very matcher the analysis scans with (skills and cue phrases), with nothing else.
const bareMatcher = taggerMatcher();
const [sm, bare] = alternated((t) => analyze(t), (t) => bareMatcher.scan(t), ads, dir ? 3 : 30);
const [smMedian, bareMedian] = alternated((t) => analyze(t), (t) => bareMatcher.scan(t), nearMedian, dir ? 15 : 60);

// The naive way: teach compromise every spelling as a #Skill, parse the whole ad, match('#Skill').
const words2tag: Record<string, string> = {};
for (const s of lexicon.skills) for (const w of [...spellingsOf(s).caseless, ...spellingsOf(s).cased]) words2tag[w.toLowerCase()] = 'Skill';
nlp.addWords(words2tag);
const naiveSample = nearMedian.slice(0, 30);
const naive = time((t) => nlp(t).match('#Skill+').json({ offset: true }), naiveSample, 1);
const smOnSample = time((t) => analyze(t), naiveSample, 5);

const ms = (x: number): string => `${x.toFixed(3)} ms`;
console.log(`\nmedian ad length: ${medianWords} words; analyze and the bare matcher alternated in batches of 25 ads`);
console.log(`                     median       p95      total   (all ${ads.length} ads)`);
console.log(`skillmark analyze  ${ms(quantile(sm, 0.5)).padStart(10)} ${ms(quantile(sm, 0.95)).padStart(10)} ${ms(sum(sm)).padStart(12)}`);
console.log(`bare matcher       ${ms(quantile(bare, 0.5)).padStart(10)} ${ms(quantile(bare, 0.95)).padStart(10)} ${ms(sum(bare)).padStart(12)}   skillmark / bare over all ads = ${(sum(sm) / sum(bare)).toFixed(2)}x (goal <= 2.5x)`);
console.log(`\nmedian-length ads (${nearMedian.length} ads around ${medianWords} words):`);
console.log(`skillmark analyze  ${ms(quantile(smMedian, 0.5))}   (goal <= 2 ms)`);
console.log(`bare matcher       ${ms(quantile(bareMedian, 0.5))}   skillmark / bare = ${(quantile(smMedian, 0.5) / quantile(bareMedian, 0.5)).toFixed(2)}x (goal <= 2.5x)`);
console.log(`naive compromise   ${ms(quantile(naive, 0.5))}   naive / skillmark = ${(quantile(naive, 0.5) / quantile(smOnSample, 0.5)).toFixed(1)}x (goal >= 10x)`);

// The extension as built: each bundle's size (tests/e2e/bundles.test.ts holds the budgets).
if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
const ext = `${root}.output/chrome-mv3/`;
const chunk = (prefix: string): string => `chunks/${readdirSync(`${ext}chunks`).find((f) => f.startsWith(prefix) && f.endsWith('.js'))}`;
console.log('\nbundles (minified / gzip):');
for (const [name, file] of [['background (service worker)', 'background.js'], ['content script', 'content-scripts/content.js'], ['wake-up script', 'wake.js'], ['popup', chunk('popup-')], ['options', chunk('options-')], ['shared UI', chunk('styles-')]] as const) {
  const code = readFileSync(ext + file);
  console.log(`  ${name.padEnd(28)} ${(code.length / 1024).toFixed(1).padStart(7)} kB ${(gzipSync(code).length / 1024).toFixed(1).padStart(7)} kB`);
}

// Hostile inputs, growth and the CLI's start-up (scripts/bench-bounds.ts).
if (!process.argv.includes('--no-bounds')) {
  const { benchBounds } = await import('./bench-bounds');
  await benchBounds(ads);
}

// The page side, in Chromium with the built extension (skipped without Chromium).
if (!process.argv.includes('--no-page')) {
  const { benchPage } = await import('./bench-page');
  await benchPage();
}
