/**
 * `npm run analyze`: runs the built CLI (.output/cli/skillmark.mjs) in this process, building it
 * first when it is missing or older than its sources. Plain JavaScript, so nothing compiles on
 * the way: start-up is Node's and the bundle's.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}.output/cli/skillmark.mjs`;

/** Newest modification time under the paths the CLI is built from. */
function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(`${path}/${name}`));
  return max;
}

function builtAt() {
  try {
    return statSync(cli).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = ['src/analysis', 'src/cli', 'src/page', 'lexicon', 'scripts/build-cli.ts', 'package-lock.json'];
if (builtAt() < Math.max(...sources.map((p) => newest(root + p)))) {
  // Build output goes to stderr: stdout carries the CLI's JSON.
  const r = spawnSync(`${root}node_modules/.bin/tsx`, [`${root}scripts/build-cli.ts`], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write('skillmark: could not build the CLI (npm run build:cli)\n');
    process.exit(2);
  }
}
await import(cli);
