/**
 * Reads the CLI's inputs into ads to analyse: .txt, .html/.htm, .jsonl (one ad a line) or stdin.
 * A malformed .jsonl line is reported with its number and skipped; the others still go through.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

export interface AdInput {
  id: string;
  /** Plain text, or null when the ad comes as a page (then `html` is set). */
  text: string | null;
  html?: string;
  url?: string;
  title?: string | null;
}

export class InputError extends Error {}

export interface ReadResult {
  ads: AdInput[];
  /** Problems with single lines, reported without stopping the others. */
  warnings: string[];
}

/** Text that is mostly NUL and control bytes is not an ad. */
export function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Larger than any ad or page, even a .jsonl of thousands: refused before it is read. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Where `-` reads from: the whole of stdin, read once by the caller. */
export type StdinSource = () => Buffer;
const noStdin: StdinSource = () => Buffer.alloc(0);

export function readFile(path: string, stdin: StdinSource): string {
  let buf: Buffer;
  try {
    if (path !== '-' && statSync(path).size > MAX_INPUT_BYTES) throw new InputError(`${path} is larger than ${MAX_INPUT_BYTES >> 20} MB: too big to be a job ad`);
    buf = path === '-' ? stdin() : readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  }
  if (looksBinary(buf)) throw new InputError(`${path} looks like a binary file, not a job ad (expected text, HTML or JSON lines)`);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

export function readInput(path: string, stdin: StdinSource = noStdin): ReadResult {
  const ext = extname(path).toLowerCase();
  const content = readFile(path, stdin);
  if (ext === '.html' || ext === '.htm') return { ads: [{ id: path, text: null, html: content }], warnings: [] };
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(path, content);
  return { ads: [{ id: path, text: content }], warnings: [] };
}

function readJsonl(path: string, content: string): ReadResult {
  const ads: AdInput[] = [];
  const warnings: string[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${path}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      warnings.push(`${where}: not valid JSON, line skipped`);
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      warnings.push(`${where}: expected an object like {"id", "text"}, line skipped`);
      return;
    }
    const o = value as Record<string, unknown>;
    const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : where;
    const title = typeof o.title === 'string' ? o.title : null;
    if (typeof o.html === 'string') {
      ads.push({ id, text: null, html: o.html, title, ...(typeof o.url === 'string' && { url: o.url }) });
    } else if (typeof o.text === 'string') {
      ads.push({ id, text: o.text, title });
    } else {
      warnings.push(`${where}: needs a "text" or "html" string, line skipped`);
    }
  });
  return { ads, warnings };
}

/** Profile file: one skill a line (commas also split); blank lines and # comments ignored. */
export function readProfile(path: string, stdin: StdinSource = noStdin): string[] {
  return readFile(path, stdin).split(/\r?\n/);
}
