/** A page (.html input, or "html" in .jsonl) through the same extractor the extension uses. */
import { analyze } from '../analysis/index';
import type { Analysis } from '../analysis/types';
import type { AdInput } from './inputs';

export interface PageAnalysis {
  analysis: Analysis;
  board: string | null;
  reason?: string;
}

export function analyzePage(ad: AdInput): PageAnalysis {
  // Placeholder until the page extractor lands: treat the page as text-less.
  return { analysis: analyze('', { title: ad.title ?? null }), board: null, reason: 'page extraction is not available yet' };
}
