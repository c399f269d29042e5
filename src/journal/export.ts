/**
 * The journal as files: CSV for a spreadsheet, JSON for a program (and a later Skillmark).
 * A cell that a spreadsheet would run as a formula (= + - @) is quoted as text.
 */
import { describeChange } from './record';
import type { JournalEntry } from './types';

export const CSV_COLUMNS = [
  'title',
  'company',
  'location',
  'board',
  'url',
  'first_seen',
  'last_seen',
  'times_seen',
  'lean',
  'ml',
  'role',
  'score',
  'status',
  'note',
  'required',
  'nice_to_have',
  'missing',
  'changes',
] as const;

/** One CSV cell: quoted when it holds a separator, a quote or a line break; formulas defused. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const day = (t: number): string => new Date(t).toISOString().slice(0, 10);

export function toCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((e) => {
    const names = new Map(e.skills.map((s) => [s.id, s.name]));
    const cells = [
      e.title,
      e.company,
      e.location,
      e.board,
      e.url,
      day(e.firstSeen),
      day(e.lastSeen),
      e.seen,
      e.lean.label,
      e.lean.ml,
      e.lean.role,
      e.match ? Math.round(e.match.score * 100) : null,
      e.status,
      e.note,
      e.skills.filter((s) => s.required).map((s) => s.name).join('; '),
      e.skills.filter((s) => s.preferred && !s.required).map((s) => s.name).join('; '),
      e.match ? e.match.missing.map((id) => names.get(id) ?? id).join('; ') : null,
      e.changes.map((c) => describeChange(c)).join('; '),
    ];
    return cells.map(csvCell).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export interface JournalFile {
  skillmark: 'journal';
  version: 1;
  exported: string;
  entries: JournalEntry[];
}

export function toJson(entries: readonly JournalEntry[], now = Date.now()): string {
  const file: JournalFile = { skillmark: 'journal', version: 1, exported: new Date(now).toISOString(), entries: [...entries] };
  return JSON.stringify(file, null, 2);
}
