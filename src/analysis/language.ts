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
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      latin++;
      letters++;
    } else if (c > 127 && /\p{L}/u.test(sample[i]!)) letters++;
  }
  const words = sample.toLowerCase().split(/[^a-z\u00c0-\u024f]+/).filter(Boolean);
  if (words.length < 25) return letters === 0 || latin / letters >= 0.6 || words.length < 5;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= 0.08 && latin / Math.max(1, letters) >= 0.6;
}
