/**
 * Hostile and freak inputs for the time-budget benchmark (`npm run bench`): the reproductions of
 * issue 7 and a few more of the same kind. Generated in memory (or into a temp dir for the CLI):
 * nothing big is ever committed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** An ordinary ad, shipped with the CLI: the raw material of the long texts below. */
export const SAMPLE_AD = readFileSync(`${root}src/cli/sample-ad.txt`, 'utf8');

/** English around a payload, so the language check lets it through to every stage. */
const PROSE = 'We are looking for an engineer to join our team and work with the data platform. ';
const wrap = (payload: string): string => PROSE.repeat(12) + payload + '\n' + PROSE.repeat(12);

/** The sample ad repeated to `chars` characters. */
export function adOfLength(chars: number, text = SAMPLE_AD): string {
  return text.repeat(Math.ceil(chars / text.length)).slice(0, chars);
}

/** The same words with no punctuation and no line breaks: one 200k-character "sentence". */
export function withoutPunctuation(text: string): string {
  return text.replace(/[.,;:!?()\u2022*\-\n\r]+/g, ' ').replace(/ {2,}/g, ' ');
}

/** Deterministic pseudo-random bytes (a fixed seed: the same garbage every run). */
export function garbageBytes(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

export interface TextCase {
  name: string;
  text: () => string;
}

/** Texts for analyze(): each must take time linear in its length. */
export const TEXT_CASES: TextCase[] = [
  { name: 'one 195 kB word', text: () => wrap('x'.repeat(195_000)) },
  { name: 'one 195 kB word with @', text: () => wrap('a.b+c'.repeat(39_000) + '@') },
  { name: 'a skill named 27,857 times', text: () => wrap('Python '.repeat(27_857)) },
  { name: '40 kB comma list of "Go" (tagger)', text: () => wrap('Hello ' + Array(10_000).fill('Go').join(', ') + ' here') },
  { name: '40 kB comma list of "Go" (from the right)', text: () => wrap('Hello ' + Array(10_000).fill('Go').join(', ') + ' programming') },
  { name: '200k ambiguous words, no two sentences alike', text: () => wrap(Array.from({ length: 6_500 }, (_, i) => `Swift delivery ${i} and Go now.`).join(' ')) },
  { name: '200k spaces inside a line', text: () => wrap('x' + ' '.repeat(200_000) + 'x') },
  { name: '200k lines', text: () => wrap('Requirements:\n- Go\n'.repeat(10_000)) },
  { name: '2 MB ad', text: () => adOfLength(2_000_000) },
  { name: '200k binary garbage', text: () => garbageBytes(200_000).toString('latin1') },
  { name: '200k garbage around English', text: () => wrap(garbageBytes(200_000).toString('utf8')) },
];

/** HTML pages for the CLI: deep and huge DOMs. */
export function deepHtml(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>Requirements: Python and Go.</p>${'</div>'.repeat(depth)}</body></html>`;
}
export function wideHtml(elements: number): string {
  const items = Array.from({ length: elements }, (_, i) => `<li>Item ${i} with Python</li>`).join('');
  return `<html><body><h1>Engineer</h1><ul>${items}</ul></body></html>`;
}
