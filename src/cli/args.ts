/** The command line's arguments: `[--json] [--profile FILE] [INPUT...]`. */
export interface CliArgs {
  json: boolean;
  profile: string | null;
  inputs: string[];
  help: boolean;
  /** `--summary`: one table over all the ads (src/cli/summary.ts). */
  summary: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run --silent analyze -- [--json] [--profile FILE] [INPUT...]
  INPUT      a .txt file (the ad's text), a .html/.htm page, a .jsonl file
             (one {"id","text"|"html","title"?,"url"?} a line), or - for stdin.
             With no INPUT, a sample ad that ships with Skillmark is analysed.
  --json     one JSON object a line per ad on stdout
  --profile  a file with your skills, one a line
  --summary  one table over all the ads: skills by demand, lean and role families, and with
             --profile what to learn next (a Hacker News "Who is hiring" page: one ad a comment)`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { json: false, profile: null, inputs: [], help: false, summary: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    } else if (a === '--json') args.json = true;
    else if (a === '--summary') args.summary = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--profile' || a.startsWith('--profile=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError('--profile needs a file');
      args.profile = value;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  return args;
}
