/**
 * `npm run bench [-- --corpus DIR]`: per-ad analysis time of Skillmark, of the bare compiled
 * matcher over the same lexicon (the floor), and of a naive full compromise parse with match()
 * (what most users of compromise would write); median and p95, the ratios; and the gzip size of
 * the analysis bundle as built for the extension; hostile inputs, growth and CLI start-up
 * (bench-bounds.ts). Timings live here, never in unit tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { build } from 'vite';
import { analyze, lexicon } from '../src/analysis/index';
import { spellingsOf } from '../src/analysis/lexicon';
import { compileMatcher } from '../src/analysis/matcher';
import { TAGGED_SKILLS } from '../src/analysis/tagger';
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
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

// Median-length ads: the goal is stated for a ~460-word ad.
const byLength = [...ads].sort((a, b) => words(a) - words(b));
const medianWords = words(byLength[Math.floor(byLength.length / 2)]!);
const nearMedian = byLength.slice(Math.max(0, Math.floor(byLength.length / 2) - 25), Math.floor(byLength.length / 2) + 25);

// The floor: the same skills the tagger scans for, compiled the same way, with nothing else.
const bareMatcher = compileMatcher(TAGGED_SKILLS);
const sm = time((t) => analyze(t), ads, 3);
const bare = time((t) => bareMatcher.scan(t), ads, 3);
const smMedian = time((t) => analyze(t), nearMedian, 10);
const bareMedian = time((t) => bareMatcher.scan(t), nearMedian, 10);

// The naive way: teach compromise every spelling as a #Skill, parse the whole ad, match('#Skill').
const words2tag: Record<string, string> = {};
for (const s of lexicon.skills) for (const w of [...spellingsOf(s).caseless, ...spellingsOf(s).cased]) words2tag[w.toLowerCase()] = 'Skill';
nlp.addWords(words2tag);
const naiveSample = nearMedian.slice(0, 30);
const naive = time((t) => nlp(t).match('#Skill+').json({ offset: true }), naiveSample, 1);
const smOnSample = time((t) => analyze(t), naiveSample, 5);

const ms = (x: number): string => `${x.toFixed(3)} ms`;
console.log(`\nmedian ad length: ${medianWords} words`);
console.log(`                     median       p95   (all ads)`);
console.log(`skillmark analyze  ${ms(quantile(sm, 0.5)).padStart(10)} ${ms(quantile(sm, 0.95)).padStart(10)}`);
console.log(`bare matcher       ${ms(quantile(bare, 0.5)).padStart(10)} ${ms(quantile(bare, 0.95)).padStart(10)}`);
console.log(`\nmedian-length ads (${nearMedian.length} ads around ${medianWords} words):`);
console.log(`skillmark analyze  ${ms(quantile(smMedian, 0.5))}   (goal <= 2 ms)`);
console.log(`bare matcher       ${ms(quantile(bareMedian, 0.5))}   skillmark / bare = ${(quantile(smMedian, 0.5) / quantile(bareMedian, 0.5)).toFixed(2)}x (goal <= 3x)`);
console.log(`naive compromise   ${ms(quantile(naive, 0.5))}   naive / skillmark = ${(quantile(naive, 0.5) / quantile(smOnSample, 0.5)).toFixed(1)}x (goal >= 10x)`);

// The analysis core as the extension bundles it: minified, compromise and lexicon included.
const out = await build({
  root,
  logLevel: 'silent',
  configFile: false,
  build: {
    write: false,
    minify: true,
    lib: { entry: `${root}src/analysis/index.ts`, formats: ['es'], fileName: 'analysis' },
    rollupOptions: { external: [] },
  },
});
const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
const code = chunks.map((c) => ('code' in c ? c.code : '')).join('');
console.log(`\nanalysis bundle: ${(code.length / 1024).toFixed(0)} kB minified, ${(gzipSync(code).length / 1024).toFixed(0)} kB gzip`);

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
