/**
 * Cheap sentence bounds around an offset: a sentence ends at a line break or at ". ", "! ", "? ",
 * "; ". Enough to give the part-of-speech tagger a sentence, and far cheaper than a full parse.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0) {
    const c = text[s - 1]!;
    if (c === '\n' || c === '\u2022') break;
    if ((c === ' ' || c === '\t') && /[.!?;]/.test(text[s - 2] ?? '') && !isAbbrev(text, s - 2)) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const c = text[e]!;
    if (c === '\n' || c === '\u2022') break;
    if (/[.!?;]/.test(c) && (e + 1 >= text.length || /\s/.test(text[e + 1]!)) && !isAbbrev(text, e)) {
      e++;
      break;
    }
    e++;
  }
  return { start: s, end: e };
}

/** "e.g." / "i.e." / "etc." do not end a sentence. */
function isAbbrev(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 4), dot + 1).toLowerCase();
  return /(?:e\.g|i\.e|etc|vs|incl)\.$/.test(before);
}
