/**
 * Which mentions get painted: about one per skill per paragraph, a few hundred in all. A page that
 * names one skill ten thousand times gets a bounded number of ranges (painting and hit-testing
 * stay cheap), and the choice depends only on the ad's text, never on the user's profile: the
 * page can see which ranges are painted.
 */

export interface PlannedMention {
  start: number;
  end: number;
  skill: string;
}

/** The most ranges painted on one page. */
export const MAX_PAINTED = 400;
const PARAGRAPH_CHARS = 1200;

/** Mentions to paint, in text order: the first of each skill in each paragraph, at most `max`. */
export function planPaint<M extends PlannedMention>(text: string, mentions: readonly M[], max = MAX_PAINTED): M[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: M[] = [];
  const seen = new Set<string>();
  let paragraphEnd = -1;
  for (const m of sorted) {
    if (out.length >= max) break;
    if (m.start < 0 || m.end > text.length || m.end <= m.start) continue;
    if (m.start >= paragraphEnd) {
      // A new paragraph (a block of the ad: lines are blocks in the extracted text).
      seen.clear();
      // One-line ads (flattened text, HN comments) count every PARAGRAPH_CHARS as a paragraph.
      const next = text.indexOf('\n', m.start);
      paragraphEnd = Math.min(next < 0 ? text.length : next, m.start + PARAGRAPH_CHARS);
    }
    if (seen.has(m.skill)) continue;
    seen.add(m.skill);
    out.push(m);
  }
  return out;
}
