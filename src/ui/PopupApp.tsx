/** The popup's data: the tab it is about, that tab's state, settings; and the actions. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TabState } from '../extension/messages';
import { loadProfile, loadSettings, settingsItem } from '../extension/storage';
import { Popup } from './Popup';

/** The tab to show: `?tab=ID` (tests, and pages opened from the options) or the active tab. */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [highlights, setHighlights] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let tries = 0;
    const poll = async (): Promise<void> => {
      const id = tabId ?? (await currentTabId());
      if (id === null) return setState(null);
      if (tabId === null) setTabId(id);
      const s = await sendMessage('getTabState', id).catch(() => null);
      if (stopped) return;
      setState(s);
      // The content script may still be reading the page: look again for a few seconds.
      if ((!s || s.status === 'analysing') && tries++ < 12) setTimeout(() => void poll(), 400);
    };
    void poll();
    void loadSettings().then(({ settings, corrupted }) => {
      setHighlights(settings.highlights);
      if (corrupted) setNotice('Your settings could not be read and were reset; a copy is kept in the options page.');
    });
    void loadProfile().then(({ corrupted }) => {
      if (corrupted) setNotice('Part of your profile could not be read; a copy is kept in the options page.');
    });
    return () => {
      stopped = true;
    };
  }, [tabId]);

  return (
    <Popup
      state={state}
      highlights={highlights}
      notice={notice}
      onToggleHighlights={(on) => {
        setHighlights(on);
        void loadSettings().then(({ settings }) => settingsItem.setValue({ ...settings, highlights: on }));
      }}
      onAddSkill={(id) => {
        void sendMessage('addSkill', id).then(() => setTimeout(() => setTabId((t) => t), 0));
        if (state && state.match) {
          const match = { ...state.match, matched: [...state.match.matched, id], missing: state.match.missing.filter((m) => m !== id) };
          setState({ ...state, match });
        }
      }}
      onAnalyseAnyway={() => {
        if (tabId === null) return;
        setState(undefined);
        void sendMessage('analyseTabAnyway', tabId).then((r) => {
          if (!r.ok) setState({ status: 'error', url: '', board: null, title: null, reason: r.error ?? 'unknown error' });
          else setTabId((t) => t); // re-poll
        });
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
