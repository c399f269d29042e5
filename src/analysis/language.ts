/**
 * A cheap "is this English?" check: job ads in English are full of function words. Below the
 * threshold the analysis says the language is unsupported instead of reporting nonsense.
 */
const FUNCTION_WORDS = new Set(
  'the and to of a in for with you we our is are be will on as or your this that an at by from have has it who what work team experience'.split(' '),
);

export function looksEnglish(text: string): boolean {
  // A sample is enough to tell, and keeps this cheap on long ads.
  const sample = text.length > 1600 ? text.slice(0, 800) + ' ' + text.slice(-800) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 25) return true; // too short to judge: let the analysis speak for itself
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  let letters = 0;
  for (const w of words) letters += w.length;
  const latin = (sample.match(/[a-z]/gi) ?? []).length / Math.max(1, letters);
  return hits / words.length >= 0.08 && latin >= 0.6;
}
