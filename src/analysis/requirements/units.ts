/**
 * The bounded windows requirements are read in: the clause or list item around a run of skill
 * mentions, never more than a few hundred characters, so that a 200k-character ad without
 * punctuation costs what its mentions cost.
 */
import type { Mention } from '../types';

/** How far a unit reaches on either side of its mentions. */
export const UNIT_REACH = 240;

export interface Unit {
  start: number;
  end: number;
  /** The mentions inside, in text order. */
  mentions: Mention[];
}

/** "e.g." / "i.e." / "etc." / "vs." / "incl." do not end a clause. */
function abbreviation(text: string, dot: number): boolean {
  return /(?:\be\.g|\bi\.e|\betc|\bvs|\bincl|\bapprox|\bmin|\bsr|\bjr|\bno)\.$/i.test(text.slice(Math.max(0, dot - 6), dot + 1));
}

/** A clause ends after this character ("sources. We", "sources.We", "Python; Go", a new line or bullet). */
function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 0x2022 || c === 59) return true; // \n • ;
  if (c !== 46 && c !== 33 && c !== 63) return false; // . ! ?
  const next = text.charCodeAt(i + 1);
  if (Number.isNaN(next) || next === 32 || next === 10 || next === 9 || next === 13 || next === 0xa0) return !abbreviation(text, i);
  // Glued sentences ("sources.Qualifications"), but not ".NET" or "Node.js" or "3.5".
  return isUpper(next) && isLower(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(i + 2));
}
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

export function clauseStart(text: string, at: number, floor: number): number {
  const limit = Math.max(floor, at - UNIT_REACH);
  for (let i = at - 1; i >= limit; i--) if (endsClause(text, i)) return i + 1;
  return limit;
}

export function clauseEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + UNIT_REACH);
  for (let i = at; i < limit; i++) if (endsClause(text, i)) return i + 1;
  return limit;
}

/** Mentions grouped by the clause they sit in. Linear in the mentions and the reach. */
export function unitsOf(text: string, mentions: readonly Mention[]): Unit[] {
  const units: Unit[] = [];
  for (const m of mentions) {
    const last = units[units.length - 1];
    if (last && m.start < last.end) {
      last.mentions.push(m);
      if (m.end > last.end) last.end = clauseEnd(text, m.end);
      continue;
    }
    units.push({ start: clauseStart(text, m.start, last?.end ?? 0), end: clauseEnd(text, m.end), mentions: [m] });
  }
  return units;
}
