/** The command line's arguments: `[--json] [--profile FILE] [INPUT...]`. */
export interface CliArgs {
  json: boolean;
  profile: string | null;
  inputs: string[];
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run --silent analyze -- [--json] [--profile FILE] [INPUT...]
  INPUT      a .txt file (the ad's text), a .html/.htm page, a .jsonl file
             (one {"id","text"|"html","title"?,"url"?} a line), or - for stdin.
             With no INPUT, a sample ad that ships with Skillmark is analysed.
  --json     one JSON object a line per ad on stdout
  --profile  a file with your skills, one a line`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { json: false, profile: null, inputs: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    } else if (a === '--json') args.json = true;
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
