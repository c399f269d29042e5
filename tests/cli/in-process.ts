/** The CLI's `main` with in-memory streams: what a terminal would see, without a Node start-up. */
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runInProcess(args: string[], input?: string | Buffer): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdin: Readable.from(input === undefined ? [] : [Buffer.from(input)]),
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}
