/**
 * `npm run --silent analyze -- [--json] [--profile FILE] INPUT...`: the analysis core on the
 * command line. Usage problems and unreadable files exit 2 with one line on stderr.
 * `main` takes its arguments and streams, so tests run it in-process; `bin.ts` is the executable.
 */
import { readFileSync } from 'node:fs';
import { analyze, matchProfile, resolveProfile } from '../analysis/index';
import { parseArgs, USAGE, UsageError } from './args';
import { InputError, MAX_INPUT_BYTES, readInput, readProfile, type AdInput, type StdinSource } from './inputs';
import { toJson, toText, type AdResult } from './report';

/** Ships next to this file, and next to the built CLI. */
const SAMPLE_AD = new URL('./sample-ad.txt', import.meta.url);

export interface CliIo {
  stdin: AsyncIterable<Buffer | string>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`stdin is larger than ${MAX_INPUT_BYTES >> 20} MB: too big to be a job ad`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function analyseAd(ad: AdInput, profile: string[] | null): Promise<AdResult> {
  // The page extractor (and its HTML parser) loads only for pages.
  const page = ad.text === null ? (await import('./page-input')).analyzePage(ad) : null;
  const analysis = page ? page.analysis : analyze(ad.text ?? '', { title: ad.title ?? null });
  const match = profile ? matchProfile(analysis, profile) : undefined;
  return { id: ad.id, analysis, ...(match && { match }), ...(page && { board: page.board, ...(page.reason && { reason: page.reason }) }) };
}

/** Runs the CLI; resolves to the exit code (0 fine, 2 bad usage or unreadable input). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`skillmark: ${message}\n`);
    return 2;
  };
  try {
    return await run(argv, io, fail);
  } catch (e) {
    if (e instanceof UsageError) return fail(`${e.message} (see --help)`);
    if (e instanceof InputError) return fail(e.message);
    return fail(`internal error: ${(e as Error).message}`);
  }
}

async function run(argv: readonly string[], io: CliIo, fail: (message: string) => number): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  // stdin is read once, whole, and only when an argument names it.
  const stdinBuf = args.inputs.includes('-') || args.profile === '-' ? await readAll(io.stdin) : Buffer.alloc(0);
  const stdin: StdinSource = () => stdinBuf;
  let profile: string[] | null = null;
  if (args.profile) {
    const resolved = resolveProfile(readProfile(args.profile, stdin));
    profile = resolved.ids;
    if (resolved.unknown.length && !args.json) io.stderr.write(`skillmark: not in the lexicon, ignored: ${resolved.unknown.join(', ')}\n`);
    // An empty profile would give "Match: 0%" for every ad: say so, and leave the match out.
    if (!profile.length) {
      io.stderr.write(`skillmark: ${args.profile} names no skill Skillmark knows, so no match is computed (write one skill a line: Python, Kubernetes, ...)\n`);
      profile = null;
    }
  }
  if (!args.inputs.length) io.stderr.write('skillmark: no ad given, so this is the sample ad. Next: npm run --silent analyze -- --profile my-skills.txt ad.txt (or a saved .html page; --help for more)\n');
  if (args.summary) {
    if (!args.inputs.length) throw new UsageError('--summary needs the ads to read (INPUT...)');
    // Loaded only for --summary: the one-ad path starts no slower.
    return (await import('./summary')).runSummary(args.inputs, profile, args.json, io, stdin);
  }
  let code = 0;
  for (const path of args.inputs.length ? args.inputs : [null]) {
    let read;
    try {
      read = path === null ? { ads: [{ id: 'sample-ad', text: readFileSync(SAMPLE_AD, 'utf8') }], warnings: [] } : readInput(path, stdin);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      code = fail(e.message);
      continue;
    }
    for (const w of read.warnings) io.stderr.write(`skillmark: ${w}\n`);
    for (const ad of read.ads) {
      const result = await analyseAd(ad, profile);
      io.stdout.write((args.json ? toJson(result) : toText(result) + '\n') + '\n');
    }
  }
  return code;
}
