/**
 * The built extension's bundles: what each may contain, and a size budget for each (gzip). The
 * content script runs on every job page, so it carries neither compromise nor the lexicon; the
 * options page asks the background to analyse, so it carries no copy of the analysis core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXTENSION } from './harness';

/** Budgets in kB gzip: today's size plus headroom. Raise one only with a reason in the commit. */
const BUDGET_KB: Record<string, number> = { background: 240, wake: 3, content: 26, popup: 8, options: 32, shared: 16, journal: 12 };

function bundle(name: string): string {
  if (name === 'background') return readFileSync(join(EXTENSION, 'background.js'), 'utf8');
  if (name === 'content') return readFileSync(join(EXTENSION, 'content-scripts/content.js'), 'utf8');
  if (name === 'wake') return readFileSync(join(EXTENSION, 'wake.js'), 'utf8');
  const chunks = readdirSync(join(EXTENSION, 'chunks'));
  // The shared chunk is named after its first module (styles, tokens...): it is the one that is neither page's.
  const file = chunks.find((f) => f.endsWith('.js') && (name === 'shared' ? !/^(options|popup)-/.test(f) : f.startsWith(`${name}-`)));
  if (!file) throw new Error(`no ${name} chunk among ${chunks.join(', ')}`);
  return readFileSync(join(EXTENSION, 'chunks', file), 'utf8');
}

const kbGzip = (code: string): number => gzipSync(code).length / 1024;
/** Markers of compromise's built-in lexicon and of Skillmark's skill lexicon. */
const COMPROMISE = /\bConjunction\b[\s\S]*\bPossessive\b|\bPossessive\b[\s\S]*\bConjunction\b/;
const LEXICON = /scikit-learn[\s\S]*kubernetes|kubernetes[\s\S]*scikit-learn/i;

describe('bundles', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it.each(Object.entries(BUDGET_KB))('%s stays within its budget', (name, budget) => {
    const size = kbGzip(bundle(name));
    console.log(`bundle ${name}: ${size.toFixed(1)} kB gzip (budget ${budget} kB)`);
    expect(size).toBeLessThanOrEqual(budget);
  });

  it('the content script and the wake-up script carry neither compromise nor the lexicon', () => {
    for (const code of [bundle('content'), bundle('wake')]) {
      expect(code).not.toMatch(COMPROMISE);
      expect(code).not.toMatch(LEXICON);
    }
    // ...which the background does: the markers are real.
    expect(bundle('background')).toMatch(COMPROMISE);
    expect(bundle('background')).toMatch(LEXICON);
  });

  it('the options and popup pages carry no copy of compromise', () => {
    expect(bundle('options')).not.toMatch(COMPROMISE);
    expect(bundle('popup')).not.toMatch(COMPROMISE);
  });

  it('pdf.js loads only with a résumé file: not in the options, popup, journal or content script bundles', () => {
    const PDFJS = /GlobalWorkerOptions|PDFDocumentProxy|getTextContent/;
    for (const name of ['content', 'popup', 'options', 'journal', 'shared']) expect(bundle(name), name).not.toMatch(PDFJS);
    const chunks = readdirSync(join(EXTENSION, 'chunks'));
    expect(chunks.some((f) => f.startsWith('pdf-') && PDFJS.test(readFileSync(join(EXTENSION, 'chunks', f), 'utf8')))).toBe(true);
  });

  it('the journal page carries neither compromise nor the analysis core', () => {
    expect(bundle('journal')).not.toMatch(COMPROMISE);
    expect(bundle('journal')).not.toMatch(LEXICON);
  });
});
