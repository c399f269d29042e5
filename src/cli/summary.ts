/**
 * `--summary INPUT...`: the journal's view over many ads on the command line. Ads in (text,
 * pages, JSON lines of ads or of `--json` results), one table out: skills by demand
 * (required / preferred), the lean and role-family split, and with `--profile` the learn-next
 * ranking. A Hacker News "Who is hiring" thread page is read as one ad per top-level comment.
 */
import { analyze, matchProfile } from '../analysis/index';
import { coveredBy } from '../analysis/match';
import { describeLearnNext, learnNext, type LearnNextItem } from '../journal/learn-next';
import { leanSplit, roleFamilies, skillDemand, type SkillDemand } from '../journal/market';
import { recordSighting } from '../journal/record';
import { sightingOf, type AnalysedAd } from '../journal/sighting';
import type { JournalEntry } from '../journal/types';
import { parseHtml } from '../page/parse-html';
import { InputError, readFile, readInput, type AdInput, type StdinSource } from './inputs';
import { analyzePage } from './page-input';
import { extname } from 'node:path';

export interface SummaryOutput {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export interface Summary {
  ads: number;
  skills: SkillDemand[];
  lean: { label: string; count: number }[];
  roles: { label: string; count: number }[];
  learnNext?: LearnNextItem[];
}

/** The top-level comments of an HN thread page, each as one ad; null when the page is not a thread of several. */
export function hnThreadAds(html: string, path: string): AdInput[] | null {
  if (!/news\.ycombinator\.com|Hacker News|class="?comment-tree/i.test(html)) return null;
  const doc = parseHtml(html);
  const rows = [...doc.querySelectorAll('tr.athing.comtr')].filter((row) => {
    const ind = row.querySelector('td.ind');
    return ind?.getAttribute('indent') === '0' || ind?.querySelector('img')?.getAttribute('width') === '0';
  });
  if (rows.length < 2) return null;
  return rows.flatMap((row) => {
    const body = row.querySelector('.commtext');
    if (!body) return [];
    const text = textOf(body).trim();
    if (!text) return [];
    return [{ id: `${path}#${row.getAttribute('id') ?? ''}`, text, title: text.split('\n')[0]!.slice(0, 160) }];
  });
}

/** An HN comment's text with its paragraphs (HN writes `<p>` between them, unclosed). */
function textOf(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'P' || tag === 'PRE') out += '\n\n';
      out += textOf(node as Element);
    }
  }
  return out;
}

/** An already analysed line (the CLI's own `--json` output) is used as it is. */
function asAnalysed(value: unknown, where: string): AnalysedAd | null {
  if (!value || typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if (!Array.isArray(o.skills) || !o.lean || typeof o.lean !== 'object') return null;
  return { url: typeof o.url === 'string' ? o.url : typeof o.id === 'string' ? o.id : where, board: typeof o.board === 'string' ? o.board : null, title: typeof o.title === 'string' ? o.title : null, ...(o as object) } as AnalysedAd;
}

function analysedOf(ad: AdInput, profile: readonly string[] | null): AnalysedAd {
  const page = ad.text === null ? analyzePage(ad) : null;
  const analysis = page ? page.analysis : analyze(ad.text ?? '', { title: ad.title ?? null });
  const company = ad.title?.includes('|') ? ad.title.split('|')[0]!.trim() : null;
  return { url: ad.url ?? ad.id, board: page?.board ?? null, company, ...analysis, match: profile?.length ? matchProfile(analysis, profile) : null };
}

/** Every ad of the inputs, as journal entries. Unreadable inputs and bad lines are reported and skipped. */
export function readAds(paths: readonly string[], profile: readonly string[] | null, out: SummaryOutput, stdin?: StdinSource): { entries: JournalEntry[]; failed: boolean } {
  const entries: JournalEntry[] = [];
  let failed = false;
  const add = (ad: AnalysedAd, key: string): void => void entries.push({ ...recordSighting(null, sightingOf(ad, false), 0), key });
  for (const path of paths) {
    try {
      const ext = extname(path).toLowerCase();
      if (ext === '.jsonl' || ext === '.ndjson') {
        const rest: string[] = [];
        readFile(path, stdin ?? (() => Buffer.alloc(0)))
          .split('\n')
          .forEach((line, i) => {
            let analysed: AnalysedAd | null = null;
            try {
              analysed = line.trim() ? asAnalysed(JSON.parse(line), `${path}:${i + 1}`) : null;
            } catch {
              // not JSON: readInput reports it with its line number
            }
            if (analysed) add(analysed, `${path}:${i + 1}`);
            else rest.push(line);
          });
        if (rest.some((l) => l.trim())) {
          const read = readInputText(path, rest);
          for (const w of read.warnings) out.stderr.write(`skillmark: ${w}\n`);
          for (const ad of read.ads) add(analysedOf(ad, profile), ad.id);
        }
        continue;
      }
      const read = readInput(path, stdin);
      for (const w of read.warnings) out.stderr.write(`skillmark: ${w}\n`);
      for (const ad of read.ads) {
        const thread = ad.text === null && (ext === '.html' || ext === '.htm') ? hnThreadAds(ad.html ?? '', path) : null;
        for (const one of thread ?? [ad]) add(analysedOf(one, profile), one.id);
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.stderr.write(`skillmark: ${e.message}\n`);
      failed = true;
    }
  }
  return { entries, failed };
}

/** JSON lines that were not analysed results, read as ads (the same rules as any .jsonl input). */
function readInputText(path: string, lines: string[]) {
  const ads: AdInput[] = [];
  const warnings: string[] = [];
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(raw);
    } catch {
      warnings.push(`${path}: a line is not valid JSON, skipped`);
      return;
    }
    const id = typeof o?.id === 'string' || typeof o?.id === 'number' ? String(o.id) : `${path}:${i + 1}`;
    const title = typeof o?.title === 'string' ? o.title : null;
    if (typeof o?.html === 'string') ads.push({ id, text: null, html: o.html, title, ...(typeof o.url === 'string' && { url: o.url }) });
    else if (typeof o?.text === 'string') ads.push({ id, text: o.text, title });
    else warnings.push(`${path}: a line has no "text", "html" or analysed "skills", skipped`);
  });
  return { ads, warnings };
}

export function summarise(entries: readonly JournalEntry[], profile: readonly string[] | null): Summary {
  return {
    ads: entries.length,
    skills: skillDemand(entries, 40),
    lean: leanSplit(entries),
    roles: roleFamilies(entries),
    ...(profile && { learnNext: learnNext(entries, coveredBy(profile), 20) }),
  };
}

const pad = (s: string, n: number): string => (s.length >= n ? s.slice(0, n - 1) + '…' : s + ' '.repeat(n - s.length));
const num = (n: number, w: number): string => String(n).padStart(w);

export function summaryText(s: Summary): string {
  const lines: string[] = [`${s.ads} ads`, '', `${pad('Skill', 28)}  ads  required  preferred`];
  for (const d of s.skills) lines.push(`${pad(d.name, 28)}${num(d.ads, 5)}${num(d.required, 10)}${num(d.preferred, 11)}`);
  if (!s.skills.length) lines.push('(no skills found)');
  lines.push('', `Lean: ${s.lean.map((l) => `${l.label} ${l.count}`).join(' · ') || 'none'}`);
  if (s.roles.length) lines.push(`Role families: ${s.roles.map((r) => `${r.label} ${r.count}`).join(' · ')}`);
  if (s.learnNext) {
    lines.push('', 'Learn next (skills your profile lacks, by how many ads ask and how strongly):');
    s.learnNext.forEach((item, i) => lines.push(`${num(i + 1, 3)}. ${describeLearnNext(item, s.ads)}`));
    if (!s.learnNext.length) lines.push('  (your profile covers every skill these ads ask for)');
  }
  return lines.join('\n') + '\n';
}

/** Runs the summary; answers the exit code (2 when an input could not be read). */
export function runSummary(inputs: readonly string[], profile: readonly string[] | null, json: boolean, out: SummaryOutput, stdin?: StdinSource): number {
  const { entries, failed } = readAds(inputs, profile, out, stdin);
  const summary = summarise(entries, profile);
  out.stdout.write(json ? JSON.stringify(summary) + '\n' : summaryText(summary));
  return failed ? 2 : 0;
}
