/** The journal's table: sort by a column, filter by text, status and lean; status and note per ad; pick ads to compare. */
import { useState } from 'preact/hooks';
import { describeChange } from '../../journal/record';
import { JOURNAL_STATUSES, type JournalEntry, type JournalStatus } from '../../journal/types';

type SortKey = 'title' | 'company' | 'board' | 'lastSeen' | 'lean' | 'score' | 'status';

const COLUMNS: [SortKey, string][] = [
  ['title', 'Title'],
  ['company', 'Company'],
  ['board', 'Board'],
  ['lastSeen', 'Date'],
  ['lean', 'Lean / role'],
  ['score', 'Score'],
  ['status', 'Status'],
];

const sortValue = (e: JournalEntry, key: SortKey): string | number => {
  switch (key) {
    case 'lastSeen':
      return e.lastSeen;
    case 'score':
      return e.match?.score ?? -1;
    case 'lean':
      return e.lean.ml;
    case 'status':
      return e.status ? JOURNAL_STATUSES.indexOf(e.status) : -1;
    default:
      return (e[key] ?? '').toLowerCase();
  }
};

export const leanText = (e: JournalEntry): string => `${e.lean.label === 'none' ? '—' : e.lean.label.toUpperCase()}${e.lean.role ? ` · ${e.lean.role}` : ''}`;

interface Props {
  entries: JournalEntry[];
  selected: ReadonlySet<string>;
  onSelect: (key: string, on: boolean) => void;
  onStatus: (key: string, status: JournalStatus | null) => void;
  onNote: (key: string, note: string) => void;
  onForget: (key: string) => void;
}

export function AdsTable({ entries, selected, onSelect, onStatus, onNote, onForget }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; down: boolean }>({ key: 'lastSeen', down: true });
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string>('');
  const [lean, setLean] = useState<string>('');

  const q = text.trim().toLowerCase();
  const shown = entries
    .filter((e) => !q || [e.title, e.company, e.location, e.board, ...e.skills.map((s) => s.name)].some((v) => v?.toLowerCase().includes(q)))
    .filter((e) => !status || (status === 'none' ? e.status === null : e.status === status))
    .filter((e) => !lean || e.lean.label === lean)
    .sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return sort.down ? -c : c;
    });

  return (
    <>
      <div class="filters">
        <input type="text" aria-label="Filter ads" placeholder="Filter: title, company, skill…" value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        <select aria-label="Status filter" value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">Any status</option>
          <option value="none">No status</option>
          {JOURNAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select aria-label="Lean filter" value={lean} onChange={(e) => setLean((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">ML and SWE</option>
          <option value="ml">ML</option>
          <option value="swe">SWE</option>
          <option value="hybrid">Hybrid</option>
          <option value="none">Neither</option>
        </select>
        <span class="muted">
          {shown.length} of {entries.length} ads
        </span>
      </div>
      <table data-testid="journal-table">
        <thead>
          <tr>
            <th>
              <span class="muted">Compare</span>
            </th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} aria-sort={sort.key === key ? (sort.down ? 'descending' : 'ascending') : 'none'}>
                <button type="button" onClick={() => setSort((s) => ({ key, down: s.key === key ? !s.down : key === 'lastSeen' || key === 'score' }))}>
                  {label}
                  {sort.key === key ? (sort.down ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
            <th>Note</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.key} data-key={e.key}>
              <td>
                <input type="checkbox" aria-label={`Compare ${e.title ?? e.key}`} checked={selected.has(e.key)} disabled={!selected.has(e.key) && selected.size >= 3} onChange={(ev) => onSelect(e.key, (ev.currentTarget as HTMLInputElement).checked)} />
              </td>
              <td>
                <a href={/^https?:\/\//i.test(e.url) ? e.url : undefined} target="_blank" rel="noopener noreferrer">
                  {e.title ?? 'Untitled ad'}
                </a>
                {e.location && <div class="muted">{e.location}</div>}
                {e.changes.length > 0 && <div class="change">{describeChange(e.changes[e.changes.length - 1]!, Date.now())}</div>}
              </td>
              <td>{e.company ?? ''}</td>
              <td>{e.board ?? ''}</td>
              <td title={`First seen ${new Date(e.firstSeen).toLocaleString()}, ${e.seen} times`}>{new Date(e.lastSeen).toLocaleDateString()}</td>
              <td>{leanText(e)}</td>
              <td>{e.match ? `${Math.round(e.match.score * 100)}%` : '—'}</td>
              <td>
                <select aria-label={`Status of ${e.title ?? e.key}`} value={e.status ?? ''} onChange={(ev) => onStatus(e.key, ((ev.currentTarget as HTMLSelectElement).value || null) as JournalStatus | null)}>
                  <option value="">—</option>
                  {JOURNAL_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input type="text" class="note-input" aria-label={`Note on ${e.title ?? e.key}`} defaultValue={e.note} maxLength={2000} onChange={(ev) => onNote(e.key, (ev.currentTarget as HTMLInputElement).value)} />
              </td>
              <td>
                <button type="button" class="link" aria-label={`Forget ${e.title ?? e.key}`} onClick={() => onForget(e.key)}>
                  Forget
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
