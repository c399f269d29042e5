/**
 * In the popup, when the user keeps several profiles: which one is active (switch here), and
 * which fits this tab's ad best. The scores come from the background (the popup carries no
 * analysis code); they are asked again whenever the tab's result or the profiles change.
 */
import { useEffect, useState } from 'preact/hooks';
import { askProfiles } from '../../extension/journal/client';
import type { ProfileFit } from '../../extension/journal/profiles';
import { profileSetItem, tabStateItem } from '../../extension/storage';
import { messageOf, useItem } from '../use-item';

const asSet = (raw: unknown): { active: string; names: string[] } | null => {
  if (!raw || typeof raw !== 'object') return null;
  const v = raw as { active?: unknown; others?: unknown };
  if (typeof v.active !== 'string' || !v.others || typeof v.others !== 'object') return null;
  return { active: v.active, names: [v.active, ...Object.keys(v.others)].sort((a, b) => a.localeCompare(b)) };
};
const stamp = (raw: unknown): string => JSON.stringify(raw ?? null).length + ':' + String((raw as { status?: string } | null)?.status);

export function ProfileSwitch({ tabId }: { tabId: number }) {
  const set = useItem(profileSetItem, asSet);
  const tab = useItem(tabStateItem(tabId), stamp);
  const [fits, setFits] = useState<ProfileFit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [switching, setSwitching] = useState(false);
  const names = set.value?.names ?? [];

  useEffect(() => {
    if (names.length < 2) return;
    askProfiles('fits', tabId).then(setFits, () => setFits([]));
  }, [tab.value, set.value?.active, names.join('\n')]);

  if (!set.value || names.length < 2) return null;
  const best = fits.find((f) => f.score !== null);
  return (
    <div class="profiles" data-testid="profile-switch">
      <label>
        Profile{' '}
        <select
          value={set.value.active}
          disabled={switching}
          aria-label="Active profile"
          onChange={(e) => {
            setError(null);
            setSwitching(true);
            askProfiles('switchTo', (e.currentTarget as HTMLSelectElement).value)
              .catch((err: unknown) => setError(messageOf(err)))
              .finally(() => setSwitching(false));
          }}
        >
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {best && (
        <p class="muted" data-testid="best-profile">
          Best fit for this ad: <strong>{best.name}</strong> ({Math.round(best.score! * 100)}%){best.active ? ', the active one' : ''}
        </p>
      )}
      {error && (
        <p role="alert" class="note">
          {error}
        </p>
      )}
    </div>
  );
}
