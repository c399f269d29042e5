/**
 * `npm run analyze`: runs the built CLI, building it first when it is missing or older than its
 * sources. Its start-up snapshot (compromise and the matcher already initialised) when this Node
 * built it; else the bundle, in this process. Plain JavaScript: nothing compiles on the way.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}.output/cli`;
const cli = `${dir}/skillmark.mjs`;

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

function snapshotUsable() {
  try {
    const built = JSON.parse(readFileSync(`${dir}/skillmark.blob.json`, 'utf8'));
    return built.node === process.version && built.arch === process.arch && built.dir === dir;
  } catch {
    return false;
  }
}

if (snapshotUsable()) {
  const r = spawnSync(process.execPath, ['--snapshot-blob', `${dir}/skillmark.blob`, '--', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.signal) process.kill(process.pid, r.signal);
  process.exitCode = r.status ?? 2;
} else {
  await import(cli);
}
