/**
 * The journal page (journal.html, opened from the popup): the ads the user read, what to learn
 * next, their market, and a side-by-side comparison. It reads through the background (the one
 * writer of the journal) and asks it for every change; exports are made here, from what it read.
 */
import { useEffect, useState } from 'preact/hooks';
import { toCsv, toJson } from '../../journal/export';
import { validateJournalState } from '../../journal/settings';
import type { JournalEntry, JournalSettings, JournalStatus, Retention } from '../../journal/types';
import { askJournal } from '../../extension/journal/client';
import { journalStateItem } from '../../extension/storage';
import { messageOf, useItem } from '../use-item';
import { AdsTable } from './AdsTable';
import { Compare } from './Compare';
import { LearnNext } from './LearnNext';
import { Market } from './Market';

type Tab = 'ads' | 'learn' | 'market' | 'compare';
const TABS: [Tab, string][] = [
  ['ads', 'Ads'],
  ['learn', 'Learn next'],
  ['market', 'Your market'],
  ['compare', 'Compare'],
];

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function JournalApp() {
  const state = useItem(journalStateItem, validateJournalState);
  const [data, setData] = useState<{ entries: JournalEntry[]; covered: ReadonlySet<string> } | null>(null);
  const [tab, setTab] = useState<Tab>('ads');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);

  const load = (): Promise<void> =>
    askJournal('list').then(
      (r) => setData({ entries: r.entries, covered: new Set(r.covered) }),
      (e: unknown) => setMessage({ text: `Your journal could not be read: ${messageOf(e)}`, error: true }),
    );
  useEffect(() => {
    void load();
    // Ads read in other tabs meanwhile show when the user comes back to this one.
    const again = (): void => void (document.visibilityState === 'visible' && load());
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, []);

  const act = async (request: () => Promise<unknown>, done?: string): Promise<boolean> => {
    try {
      await request();
      setMessage(done ? { text: done } : null);
      await load();
      return true;
    } catch (e) {
      setMessage({ text: messageOf(e), error: true });
      return false;
    }
  };
  const changeSettings = (patch: Partial<JournalSettings>): void => void act(() => askJournal('settings', patch));

  const settings = state.value?.settings;
  const entries = data?.entries ?? [];
  const hasProfile = (data?.covered.size ?? 0) > 0;

  return (
    <main class="journal">
      <h1>Skillmark: your journal</h1>
      <p class="muted">The ads you read, kept in this browser only. Nothing here leaves it.</p>
      {settings && !settings.enabled && (
        <p role="status" data-testid="journal-off">
          The journal is off: ads you read are not kept.{' '}
          <button type="button" class="primary" onClick={() => changeSettings({ enabled: true, asked: true })}>
            Keep a journal
          </button>
        </p>
      )}
      {state.value?.problem && (
        <p role="alert" class="error" data-testid="journal-problem">
          {state.value.problem.message}
        </p>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''} data-testid="journal-message">
          {message.text}
        </p>
      )}
      <nav role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
            {id === 'ads' ? ` (${entries.length})` : id === 'compare' && selected.size ? ` (${selected.size})` : ''}
          </button>
        ))}
      </nav>
      {!data ? (
        <p role="status">Loading…</p>
      ) : tab === 'ads' ? (
        entries.length ? (
          <AdsTable
            entries={entries}
            selected={selected}
            onSelect={(key, on) => setSelected((s) => new Set(on ? [...s, key].slice(-3) : [...s].filter((k) => k !== key)))}
            onStatus={(key, status: JournalStatus | null) => void act(() => askJournal('setStatus', { key, status }))}
            onNote={(key, note) => void act(() => askJournal('setNote', { key, note }), 'Note saved.')}
            onForget={(key) => {
              setSelected((s) => new Set([...s].filter((k) => k !== key)));
              void act(() => askJournal('forget', key), 'That ad is forgotten.');
            }}
          />
        ) : (
          <p class="empty" data-testid="journal-empty">
            No ads yet. {settings?.enabled ? 'Open a job ad: it is kept here once Skillmark has read it.' : ''}
          </p>
        )
      ) : tab === 'learn' ? (
        <LearnNext entries={entries} covered={data.covered} hasProfile={hasProfile} />
      ) : tab === 'market' ? (
        <Market entries={entries} />
      ) : (
        <Compare entries={entries.filter((e) => selected.has(e.key))} covered={data.covered} />
      )}

      <section aria-labelledby="keep-h">
        <h2 id="keep-h">Export and keep</h2>
        <button type="button" disabled={!entries.length} onClick={() => download('skillmark-journal.csv', 'text/csv', toCsv(entries))}>
          Export CSV
        </button>{' '}
        <button type="button" disabled={!entries.length} onClick={() => download('skillmark-journal.json', 'application/json', toJson(entries))}>
          Export JSON
        </button>{' '}
        {settings && (
          <>
            <label>
              Keep ads{' '}
              <select aria-label="Keep ads for" value={settings.retention} onChange={(e) => changeSettings({ retention: (e.currentTarget as HTMLSelectElement).value as Retention })}>
                <option value="forever">forever</option>
                <option value="90">90 days</option>
                <option value="30">30 days</option>
              </select>
            </label>{' '}
            <label>
              <input type="checkbox" checked={settings.keepText} onChange={(e) => changeSettings({ keepText: (e.currentTarget as HTMLInputElement).checked })} /> Keep the text of each ad
            </label>
          </>
        )}
        <p>
          {confirmClear ? (
            <>
              Delete all {entries.length} ads from your journal? This cannot be undone.{' '}
              <button type="button" class="danger" onClick={() => void act(() => askJournal('clear'), 'Your journal is empty.').then(() => setConfirmClear(false))}>
                Yes, delete everything
              </button>{' '}
              <button type="button" class="link" onClick={() => setConfirmClear(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" class="danger" disabled={!entries.length} onClick={() => setConfirmClear(true)}>
              Delete everything
            </button>
          )}
        </p>
      </section>
    </main>
  );
}
