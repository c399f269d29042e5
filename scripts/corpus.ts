/**
 * Reads the development corpus (never part of the repo: its path comes from `--corpus`).
 * Shared by eval, fit and bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Posting {
  id: string;
  source: string;
  title: string;
  text: string;
  label: 'ml' | 'swe' | null;
  ml_subtype: string | null;
}

export interface SpanSentence {
  id: string;
  text: string;
  knowledge_spans: string[];
  source: string;
  split: string;
  posting?: string;
}

export function corpusArg(argv: string[], fallback = '../shared/corpus'): string | null {
  const i = argv.indexOf('--corpus');
  const dir = i >= 0 ? argv[i + 1] : fallback;
  return dir && existsSync(join(dir, 'postings.jsonl')) ? dir : null;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** A SkillSpan HOUSE posting: whole ads from a general job platform, sentences joined by line breaks. */
export interface HousePosting {
  id: string;
  split: string;
  text: string;
}

export function housePostings(dir: string): HousePosting[] {
  const byPosting = new Map<string, { split: string; lines: string[] }>();
  for (const s of readSpanSentences(dir)) {
    if (s.source !== 'skillspan_house' || !s.posting) continue;
    const p = byPosting.get(s.posting) ?? { split: s.split, lines: [] };
    p.lines.push(s.text);
    byPosting.set(s.posting, p);
  }
  return [...byPosting].map(([id, p]) => ({ id, split: p.split, text: p.lines.join('\n') }));
}

/**
 * House postings that are software, data or ML jobs, judged by reading them (the rest are
 * academic, medical, sales, trades, mechanical engineering...). Counted apart in eval and fit.
 */
export const HOUSE_ENGINEERING = new Set([
  'train-84', 'train-86', 'train-95', 'train-111', 'train-117', 'train-121', 'train-130', 'train-133', 'dev-47', 'dev-50', 'dev-58',
]);
/** Too close to call (IT application support, security governance, ML and robotics postdocs): left out of both counts. */
export const HOUSE_BORDERLINE = new Set(['train-115', 'train-118', 'train-134', 'dev-30', 'dev-31']);

export const readPostings = (dir: string): Posting[] => readJsonl<Posting>(join(dir, 'postings.jsonl'));
export const readSpanSentences = (dir: string): SpanSentence[] =>
  existsSync(join(dir, 'skills.jsonl')) ? readJsonl<SpanSentence>(join(dir, 'skills.jsonl')) : [];

/** The README's "core" set: ML/AI-engineer titles vs plain software-engineer titles. */
export function isCore(p: Posting): boolean {
  if (p.label === 'ml') return p.ml_subtype === 'mle_ai';
  if (p.label !== 'swe') return false;
  return (
    /software|developer|back.?end|front.?end|full.?stack|web|\bios\b|android|mobile/i.test(p.title) &&
    !/analyst|scientist|\bbi\b|business intelligence|salesforce|servicenow|food|health|big data|etl|data engineer/i.test(p.title)
  );
}

/** The README's "minority in source" set. */
export function minorityIds(postings: Posting[]): Set<string> {
  const bySource = new Map<string, Posting[]>();
  for (const p of postings) if (p.label) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  const out = new Set<string>();
  for (const list of bySource.values()) {
    if (list.length < 100) continue;
    const ml = list.filter((p) => p.label === 'ml').length;
    const minority = ml * 2 < list.length ? 'ml' : 'swe';
    for (const p of list) {
      if (p.label !== minority) continue;
      if (p.label === 'swe' && /analyst|scientist|food|health|biostat/i.test(p.title)) continue;
      out.add(p.id);
    }
  }
  return out;
}

/**
 * Gold spans as offsets: each annotated string found left to right in its sentence, preferring an
 * occurrence that stands as whole words ("Java" is not the start of "JavaScript").
 */
export function goldOffsets(s: SpanSentence): [number, number][] {
  const out: [number, number][] = [];
  const taken = (a: number, b: number): boolean => out.some(([x, y]) => x === a && y === b);
  const isWord = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
  for (const span of s.knowledge_spans) {
    let fallback = -1;
    let found = -1;
    for (let at = s.text.indexOf(span); at >= 0; at = s.text.indexOf(span, at + 1)) {
      if (taken(at, at + span.length)) continue;
      if (fallback < 0) fallback = at;
      if (!isWord(s.text[at - 1]) && !isWord(s.text[at + span.length])) {
        found = at;
        break;
      }
    }
    const at = found >= 0 ? found : fallback;
    if (at >= 0) out.push([at, at + span.length]);
  }
  return out;
}
