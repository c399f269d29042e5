/**
 * "Run Skillmark on every site that shows a job ad": the opt-in. Switching on asks the browser for
 * access to every site (the browser shows its own prompt; the request must come from this click),
 * then the background registers the content script. Switching off gives the access back. The
 * switch shows the permission as it is, also when it changes elsewhere (the browser's settings).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EVERY_SITE_ORIGINS } from '../extension/every-site-origins';
import { sendMessage } from '../extension/messages';
import { messageOf } from './use-item';

export function EverySiteSwitch({ compact = false }: { compact?: boolean }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // The permission is the switch: read from the browser, no message needed.
    const refresh = (): void => {
      browser.permissions.contains({ origins: [...EVERY_SITE_ORIGINS] }).then(
        (held) => live && setOn(held),
        (e: unknown) => live && setNote(messageOf(e)),
      );
    };
    refresh();
    const events = browser.permissions;
    events?.onAdded.addListener(refresh);
    events?.onRemoved.addListener(refresh);
    return () => {
      live = false;
      events?.onAdded.removeListener(refresh);
      events?.onRemoved.removeListener(refresh);
    };
  }, []);

  const change = async (next: boolean): Promise<void> => {
    setNote(null);
    setBusy(true);
    try {
      if (next) {
        // First thing in the click: browsers grant permissions only to a user's gesture.
        const granted = await browser.permissions.request({ origins: [...EVERY_SITE_ORIGINS] });
        if (!granted) {
          setNote('Not switched on: the browser did not get your permission.');
          return;
        }
      }
      const status = await sendMessage('setEverySite', next);
      setOn(status.on);
      if (status.error) setNote(status.error);
    } catch (e) {
      setNote(`Could not change this: ${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="every-site" data-testid="every-site">
      <label>
        <input type="checkbox" checked={on === true} disabled={on === null || busy} data-testid="every-site-toggle" onChange={(e) => void change((e.currentTarget as HTMLInputElement).checked)} />
        Run Skillmark on every site that shows a job ad
      </label>
      {!compact && (
        <p class="hint">
          Career sites of employers mostly carry a machine-readable job ad. With this on, Skillmark reads such pages too; on other pages it does nothing. Your browser asks you first, and
          nothing leaves your browser either way.
        </p>
      )}
      {note && (
        <p role="alert" class="note" data-testid="every-site-note">
          {note}
        </p>
      )}
    </div>
  );
}
