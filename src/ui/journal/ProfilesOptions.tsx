/**
 * Named profiles in the options page: the active one (whose skills the page above edits), the
 * others to switch to or remove, a new one (empty or a copy), and where the active profile stands
 * ("your skills lean ML: 0.72 — closest to ml-engineering"), computed by the background.
 */
import { useEffect, useState } from 'preact/hooks';
import { askProfiles } from '../../extension/journal/client';
import type { ProfileStanding } from '../../extension/journal/profiles';
import { DEFAULT_PROFILE_NAME, profileItem, profileSetItem } from '../../extension/storage';
import { messageOf, useItem } from '../use-item';

const asSet = (raw: unknown): { active: string; others: string[] } => {
  const v = raw && typeof raw === 'object' ? (raw as { active?: unknown; others?: unknown }) : {};
  const active = typeof v.active === 'string' ? v.active : DEFAULT_PROFILE_NAME;
  return { active, others: v.others && typeof v.others === 'object' ? Object.keys(v.others).sort((a, b) => a.localeCompare(b)) : [] };
};
const asStamp = (raw: unknown): string => JSON.stringify(raw ?? null);
const LEAN_WORDS: Record<ProfileStanding['label'], string> = { ml: 'ML', swe: 'software engineering', hybrid: 'both ways (hybrid)', none: 'neither way yet' };

export function ProfilesOptions() {
  const set = useItem(profileSetItem, asSet);
  const profile = useItem(profileItem, asStamp);
  const [standing, setStanding] = useState<ProfileStanding | null>(null);
  const [name, setName] = useState('');
  const [copy, setCopy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    askProfiles('standing').then(setStanding, () => setStanding(null));
  }, [profile.value]);

  const ask = (p: Promise<unknown>): void => {
    setError(null);
    p.catch((e: unknown) => setError(messageOf(e)));
  };
  if (!set.value) return null;
  return (
    <section aria-labelledby="profiles-h" data-testid="profiles">
      <h2 id="profiles-h">Profiles</h2>
      <p>
        Active: <strong data-testid="active-profile">{set.value.active}</strong> (the skills above).
      </p>
      {standing && standing.skills > 0 && (
        <p data-testid="standing">
          Your skills lean {LEAN_WORDS[standing.label]}: {standing.ml.toFixed(2)}
          {standing.family ? ` — closest to ${standing.family}` : ''} <span class="muted">(0 = software engineering, 1 = ML, the same scale as the ads)</span>
        </p>
      )}
      {set.value.others.length > 0 && (
        <ul>
          {set.value.others.map((n) => (
            <li key={n}>
              <span class="skill-name">{n}</span>
              <button type="button" onClick={() => ask(askProfiles('switchTo', n))}>
                Switch to {n}
              </button>
              <button type="button" class="link" aria-label={`Remove profile ${n}`} onClick={() => ask(askProfiles('remove', n))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          ask(askProfiles('create', { name, copy }).then(() => setName('')));
        }}
      >
        <label>
          New profile{' '}
          <input type="text" aria-label="New profile name" placeholder="Backend, ML…" maxLength={40} value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>{' '}
        <label>
          <input type="checkbox" checked={copy} onChange={(e) => setCopy((e.currentTarget as HTMLInputElement).checked)} /> start from my current skills
        </label>{' '}
        <button type="submit" disabled={!name.trim()}>
          Add profile
        </button>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
