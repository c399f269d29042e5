/**
 * Cheap sentence bounds around an offset: a sentence ends at a line break or at ". ", "! ", "? ",
 * "; ". Enough to give the part-of-speech tagger a sentence, and far cheaper than a full parse.
 */
export interface SentenceBounds {
  start: number;
  end: number;
  /** The sentence goes on before `start` / after `end`: the reach stopped the search there. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * The sentence around [start, end), looked for at most `before` characters back and `after`
 * forward: a text without punctuation is one long "sentence", and each call stays bounded.
 */
export function sentenceAround(text: string, start: number, end: number, before = Infinity, after = Infinity): SentenceBounds {
  const low = Math.max(0, start - before);
  let s = start;
  while (s > low) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || c === 0x2022) break;
    if ((c === 32 || c === 9) && s >= 2 && isStop(text.charCodeAt(s - 2)) && !isAbbrev(text, s - 2)) break;
    s--;
  }
  const high = Math.min(text.length, end + after);
  let e = end;
  let stopped = e >= text.length;
  while (e < high) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 0x2022) {
      stopped = true;
      break;
    }
    e++;
    if (isStop(c) && (e >= text.length || /\s/.test(text[e]!)) && !isAbbrev(text, e - 1)) {
      stopped = true;
      break;
    }
  }
  if (e >= text.length) stopped = true;
  return { start: s, end: e, cutStart: s === low && s > 0 && !endsSentence(text, s), cutEnd: !stopped };
}

/** . ! ? ; */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59;
}

/** Whether a sentence boundary lies right before offset s (the backward search would stop there). */
function endsSentence(text: string, s: number): boolean {
  const c = text.charCodeAt(s - 1);
  if (c === 10 || c === 0x2022) return true;
  return (c === 32 || c === 9) && s >= 2 && isStop(text.charCodeAt(s - 2)) && !isAbbrev(text, s - 2);
}

/** "e.g." / "i.e." / "etc." do not end a sentence. */
function isAbbrev(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 4), dot + 1).toLowerCase();
  return /(?:e\.g|i\.e|etc|vs|incl)\.$/.test(before);
}
