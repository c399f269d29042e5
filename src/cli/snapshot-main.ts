/**
 * Entry of the CLI's start-up snapshot (built by scripts/build-cli.ts with `node --build-snapshot`):
 * compromise, the lexicon and the compiled matcher are loaded and warmed once, at build time, and
 * every run starts from that heap instead of initialising them again.
 */
import { startupSnapshot } from 'node:v8';
import nlp from 'compromise/two';
import { analyze } from '../analysis/index';
import { main } from './main';

nlp('Warm up the tagger.').json();
analyze('Warm up: Python, Go and Swift developers.');

startupSnapshot.setDeserializeMainFunction(async () => {
  // argv: [node, ...arguments] (no script path: the snapshot is the program).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  process.exitCode = await main(process.argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
});
