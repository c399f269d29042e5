/**
 * `npm run --silent analyze -- [--json] [--profile FILE] INPUT...`: the analysis core on the
 * command line. Usage problems and unreadable files exit 2 with one line on stderr.
 */
import { fileURLToPath } from 'node:url';
import { analyze, matchProfile, resolveProfile } from '../analysis/index';
import { parseArgs, USAGE, UsageError } from './args';
import { InputError, readInput, readProfile, type AdInput } from './inputs';
import { analyzePage } from './page-input';
import { toJson, toText, type AdResult } from './report';

const SAMPLE_AD = fileURLToPath(new URL('./sample-ad.txt', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`skillmark: ${message}\n`);
  process.exit(2);
}

function analyseAd(ad: AdInput, profile: string[] | null): AdResult {
  const page = ad.text === null ? analyzePage(ad) : null;
  const analysis = page ? page.analysis : analyze(ad.text ?? '', { title: ad.title ?? null });
  const match = profile ? matchProfile(analysis, profile) : undefined;
  return { id: ad.id, analysis, ...(match && { match }), ...(page && { board: page.board, ...(page.reason && { reason: page.reason }) }) };
}

function main(argv: string[]): void {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) fail(`${e.message} (see --help)`);
    throw e;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  let profile: string[] | null = null;
  try {
    if (args.profile) {
      const resolved = resolveProfile(readProfile(args.profile));
      profile = resolved.ids;
      if (resolved.unknown.length && !args.json) process.stderr.write(`skillmark: not in the lexicon, ignored: ${resolved.unknown.join(', ')}\n`);
      // An empty profile would give "Match: 0%" for every ad: say so, and leave the match out.
      if (!profile.length) {
        process.stderr.write(`skillmark: ${args.profile} names no skill Skillmark knows, so no match is computed (write one skill a line: Python, Kubernetes, ...)\n`);
        profile = null;
      }
    }
  } catch (e) {
    if (e instanceof InputError) fail(e.message);
    throw e;
  }
  const inputs = args.inputs.length ? args.inputs : [SAMPLE_AD];
  if (!args.inputs.length) process.stderr.write('skillmark: no ad given, so this is the sample ad. Next: npm run --silent analyze -- --profile my-skills.txt ad.txt (or a saved .html page; --help for more)\n');
  let failed = false;
  for (const path of inputs) {
    let read;
    try {
      read = readInput(path);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`skillmark: ${e.message}\n`);
      failed = true;
      continue;
    }
    for (const w of read.warnings) process.stderr.write(`skillmark: ${w}\n`);
    for (const ad of read.ads) {
      if (path === SAMPLE_AD) ad.id = 'sample-ad';
      const result = analyseAd(ad, profile);
      process.stdout.write((args.json ? toJson(result) : toText(result) + '\n') + '\n');
    }
  }
  if (failed) process.exitCode = 2;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
try {
  main(process.argv.slice(2));
} catch (e) {
  fail(`internal error: ${(e as Error).message}`);
}
