/**
 * The journal in the options page: one clear question the first time (keep a journal or not),
 * then a switch, "keep the text", and a link to the journal page. Asks the background for every
 * change; shows the stored state as it changes.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askJournal } from '../../extension/journal/client';
import { journalStateItem } from '../../extension/storage';
import { validateJournalState } from '../../journal/settings';
import type { JournalSettings } from '../../journal/types';
import { messageOf, useItem } from '../use-item';

export const openJournal = (): void => void browser.tabs.create({ url: browser.runtime.getURL('/journal.html') });

export function JournalOptions() {
  const state = useItem(journalStateItem, validateJournalState);
  const [error, setError] = useState<string | null>(null);
  const settings = state.value?.settings;
  if (!settings) return null;
  const change = (patch: Partial<JournalSettings>): void => {
    setError(null);
    askJournal('settings', patch).catch((e: unknown) => setError(messageOf(e)));
  };
  return (
    <section aria-labelledby="journal-h" data-testid="journal-options">
      <h2 id="journal-h">Your journal</h2>
      {!settings.asked ? (
        <div role="group" aria-label="Keep a journal?" data-testid="journal-question">
          <p>
            <strong>Keep a private journal of the ads you read?</strong> Skillmark would remember each ad it reads (title, company, the skills it asks for,
            your match), in this browser only, to tell you which skills most of your ads ask for. You can delete it at any time.
          </p>
          <button type="button" class="primary" onClick={() => change({ enabled: true, asked: true })}>
            Yes, keep a journal
          </button>{' '}
          <button type="button" onClick={() => change({ enabled: false, asked: true })}>
            No thanks
          </button>
        </div>
      ) : (
        <>
          <label>
            <input type="checkbox" data-testid="journal-enabled" checked={settings.enabled} onChange={(e) => change({ enabled: (e.currentTarget as HTMLInputElement).checked })} /> Keep a journal of the ads I
            read (in this browser only)
          </label>
          <br />
          <label>
            <input type="checkbox" checked={settings.keepText} disabled={!settings.enabled} onChange={(e) => change({ keepText: (e.currentTarget as HTMLInputElement).checked })} /> Keep the text of each
            ad too
          </label>
          <br />
          <button type="button" class="link" onClick={openJournal}>
            Open my journal
          </button>
        </>
      )}
      {state.value?.problem && <p class="error">{state.value.problem.message}</p>}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
