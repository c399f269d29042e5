/**
 * The popup's data: the tab it is about, that tab's stored state and the settings, both watched
 * (the background writes them; the popup never keeps its own copy). Actions are intent messages to
 * the background: shown as pending at once, rolled back with a message if they fail.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../extension/messages';
import { corruptCopiesItem, settingsItem, tabStateItem, validateSettings, type TabState } from '../extension/storage';
import { EverySiteSwitch } from './EverySiteSwitch';
import { Popup } from './Popup';
import { ProfileSwitch } from './journal/ProfileSwitch';
import { messageOf, useItem } from './use-item';

/** The tab to show: `?tab=ID` (tests, and pages opened from the options) or the active tab. */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const asTabState = (raw: unknown): TabState | null => (raw && typeof raw === 'object' && typeof (raw as TabState).status === 'string' ? (raw as TabState) : null);
const asSettings = (raw: unknown) => validateSettings(raw).settings;
const asCount = (raw: unknown): number => (Array.isArray(raw) ? raw.length : 0);

export function PopupApp() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    currentTabId().then(setTabId, () => setTabId(null));
  }, []);

  const stored = useItem(tabId != null ? tabStateItem(tabId) : null, asTabState);
  const settings = useItem(settingsItem, asSettings);
  const copies = useItem(corruptCopiesItem, asCount);

  // Requests in flight: what the user sees until the stored value catches up, or rolls back.
  const [adding, setAdding] = useState<ReadonlySet<string>>(new Set());
  const [highlightsWanted, setHighlightsWanted] = useState<boolean | null>(null);
  const [anyway, setAnyway] = useState<'asking' | { error: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const state = stored.value;
  const stored$ = settings.value?.highlights;
  // A pending change is done when the stored value shows it.
  useEffect(() => {
    if (highlightsWanted !== null && stored$ === highlightsWanted) setHighlightsWanted(null);
  }, [stored$, highlightsWanted]);
  useEffect(() => {
    const missing = state?.match?.missing;
    if (adding.size && missing) {
      const still = [...adding].filter((id) => missing.includes(id));
      if (still.length !== adding.size) setAdding(new Set(still));
    }
    // The background's first answer to an ask is "analysing"; the one after it is the result.
    if (anyway === 'asking' && state && state.asked && state.status !== 'analysing') setAnyway(null);
  }, [state]);

  const shown: TabState | null | undefined =
    tabId === null ? null : anyway === 'asking' ? undefined : anyway ? { status: 'error', url: '', board: null, title: null, reason: anyway.error } : stored.error ? { status: 'error', url: '', board: null, title: null, reason: stored.error } : state;

  const notice = error ?? (settings.error ? `Your settings could not be read: ${settings.error}` : copies.value ? 'Some stored data could not be read; a copy is kept in the options page.' : null);

  return (
    <Popup
      state={tabId === undefined ? undefined : shown}
      highlights={highlightsWanted ?? stored$ ?? true}
      notice={notice}
      adding={adding}
      onToggleHighlights={(on) => {
        setError(null);
        setHighlightsWanted(on);
        sendMessage('setSettings', { highlights: on }).catch((e: unknown) => {
          setHighlightsWanted(null);
          setError(`Could not change the highlights: ${messageOf(e)}`);
        });
      }}
      onAddSkill={(id) => {
        setError(null);
        setAdding((s) => new Set([...s, id]));
        sendMessage('addSkill', id).catch((e: unknown) => {
          setAdding((s) => new Set([...s].filter((x) => x !== id)));
          setError(`Could not add the skill: ${messageOf(e)}`);
        });
      }}
      onAnalyseAnyway={() => {
        if (tabId == null) return;
        setAnyway('asking');
        // The background stores the result, or the error in words, as the tab's state: shown as it arrives.
        sendMessage('analyseTabAnyway', tabId).then(
          () => setAnyway(null),
          (e: unknown) => setAnyway({ error: messageOf(e) }),
        );
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onShowSkill={
        tabId == null
          ? undefined
          : (id) => {
              setError(null);
              // The card takes the focus on the page; the popup closes so the keyboard is there.
              sendMessage('showSkill', id, tabId).then(
                (shown) => (shown ? window.close() : setError('That skill is not highlighted on the page (are highlights off?).')),
                (e: unknown) => setError(`Could not show it on the page: ${messageOf(e)}`),
              );
            }
      }
      onOpenJournal={() => void browser.tabs.create({ url: browser.runtime.getURL('/journal.html') })}
      everySite={<EverySiteSwitch compact />}
    >
      {tabId != null && <ProfileSwitch tabId={tabId} />}
    </Popup>
  );
}
