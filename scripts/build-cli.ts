/**
 * `npm run build:cli` (part of `npm run build`): the CLI bundled for Node into .output/cli/:
 * skillmark.mjs (the CLI and the analysis core), a chunk for HTML pages (loaded only for pages),
 * compromise.cjs (loaded on its first call only: most ads never need it) and the sample ad.
 * A few files start far faster than tsx over hundreds of modules.
 * Then a start-up snapshot, skillmark.blob (with skillmark.blob.json: the Node that built it):
 * the same CLI with compromise and the matcher already initialised, which `npm run analyze` runs
 * when the Node version matches.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_DIR = `${root}.output/cli`;

/** `import nlp from 'compromise/two'` becomes a function that loads compromise.cjs on its first call. */
const lazyCompromise: Plugin = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: 'compromise/two', namespace: 'lazy-compromise' }));
    b.onResolve({ filter: /^\.\/compromise\.cjs$/ }, () => ({ path: './compromise.cjs', external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({
      resolveDir: root,
      contents: `let nlp;
export default function lazyNlp(...args) {
  if (!nlp) {
    const m = require('./compromise.cjs');
    nlp = m.default ?? m;
  }
  return nlp(...args);
}`,
    }));
  },
};

const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', minify: !process.env.SKILLMARK_CLI_DEBUG } as const;

/** Builds into `outdir` (tests build into a temp dir); the CLI is `${outdir}/skillmark.mjs`, its snapshot `${outdir}/skillmark.blob`. */
export async function buildCli(outdir = CLI_DIR, snapshot = true): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: { skillmark: `${root}src/cli/bin.ts` },
      outdir,
      outExtension: { '.js': '.mjs' },
      format: 'esm',
      splitting: true,
      chunkNames: '[name]-[hash]',
      plugins: [lazyCompromise],
      // CommonJS code (linkedom's dependencies, the compromise loader) calls require(): give it one.
      banner: { js: "import { createRequire as __skillmarkRequire } from 'node:module'; const require = __skillmarkRequire(import.meta.url);" },
    }),
    build({ ...common, entryPoints: ['compromise/two'], outfile: `${outdir}/compromise.cjs`, format: 'cjs' }),
  ]);
  copyFileSync(`${root}src/cli/sample-ad.txt`, `${outdir}/sample-ad.txt`);
  if (snapshot) await buildSnapshot(outdir);
}

/** One CommonJS file (a snapshot entry may require Node's modules only), then its heap. */
async function buildSnapshot(outdir: string): Promise<void> {
  const entry = `${outdir}/snapshot-entry.cjs`;
  await build({
    ...common,
    entryPoints: [`${root}src/cli/snapshot-main.ts`],
    outfile: entry,
    format: 'cjs',
    // main.ts finds the sample ad next to itself: here, next to the entry.
    define: { 'import.meta.url': '__skillmarkUrl' },
    banner: { js: "const __skillmarkUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  execFileSync(process.execPath, ['--snapshot-blob', `${outdir}/skillmark.blob`, '--build-snapshot', entry], { cwd: outdir, stdio: ['ignore', 2, 2] });
  writeFileSync(`${outdir}/skillmark.blob.json`, JSON.stringify({ node: process.version, arch: process.arch, dir: outdir }) + '\n');
  rmSync(entry);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
