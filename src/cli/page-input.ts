/** A page (.html input, or "html" in .jsonl) through the same extractor the extension uses. */
import { analyze } from '../analysis/index';
import type { Analysis } from '../analysis/types';
import { extractFromHtml } from '../page/parse-html';
import type { AdInput } from './inputs';

export interface PageAnalysis {
  analysis: Analysis;
  board: string | null;
  reason?: string;
}

export function analyzePage(ad: AdInput): PageAnalysis {
  const page = extractFromHtml(ad.html ?? '', ad.url ?? null);
  if (!page.found) return { analysis: analyze('', { title: ad.title ?? null }), board: page.board, reason: page.reason };
  const analysis = analyze(page.text, { title: ad.title ?? page.title });
  return { analysis, board: page.board, ...(page.truncated && { reason: 'the page was longer than Skillmark reads; the ad was cut' }) };
}
