/**
 * Which language an ad is written in, from its function words (data in lexicon/languages.json).
 * Technology names are the same in every language, so every Latin-script ad is tagged; the
 * language only decides which role statements to look for. An ad is "unsupported" only when
 * nothing in it could be tagged (analyze.ts).
 */
import data from '../../lexicon/languages.json';

export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt' | 'other';

const CODES = Object.keys(data).filter((k) => k !== 'about') as LanguageCode[];
/** Function word -> the languages it belongs to (indexes into CODES): one lookup per word. */
const WORDS = new Map<string, number[]>();
CODES.forEach((code, i) => {
  for (const w of (data as unknown as Record<string, string>)[code]!.split(' ')) WORDS.set(w, [...(WORDS.get(w) ?? []), i]);
});

/** Share of function words an English ad reaches easily; other languages need a clear lead over it. */
const ENGLISH_MIN = 0.08;

function sampleOf(text: string): string {
  // A sample is enough to tell, and keeps this cheap on long ads.
  return text.length > 1600 ? text.slice(0, 800) + ' ' + text.slice(-800) : text;
}

/** Share of letters that are basic Latin (a-z), among all letters. */
function latinShare(sample: string): number {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      latin++;
      letters++;
    } else if (c > 127 && /\p{L}/u.test(sample[i]!)) letters++;
  }
  return letters ? latin / letters : 1;
}

export function detectLanguage(text: string): LanguageCode {
  const sample = sampleOf(text);
  if (latinShare(sample) < 0.6) return 'other';
  const words = sample.toLowerCase().split(/[^a-z\u00c0-\u024f]+/).filter(Boolean);
  if (words.length < 25) return 'en';
  const hits = new Array<number>(CODES.length).fill(0);
  for (const w of words) for (const i of WORDS.get(w) ?? []) hits[i]!++;
  let best: LanguageCode = 'other';
  let bestShare = 0;
  let english = 0;
  CODES.forEach((code, i) => {
    const share = hits[i]! / words.length;
    if (code === 'en') english = share;
    if (share > bestShare) {
      best = code;
      bestShare = share;
    }
  });
  if (english >= ENGLISH_MIN && english >= bestShare * 0.8) return 'en';
  return bestShare >= ENGLISH_MIN ? best : 'other';
}

export function looksEnglish(text: string): boolean {
  return detectLanguage(text) === 'en';
}
