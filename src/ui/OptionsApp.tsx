/**
 * The options page: your skills (type-ahead over the lexicon, chips, free text, résumé paste),
 * import / export of the profile, the previous profile to bring back, and settings.
 *
 * It shows the stored items as they change (watched) and asks the background for every change
 * (intent messages): it never writes storage and keeps no copy that could overwrite another
 * page's change. A change that fails is rolled back on screen and said. The résumé is read by the
 * background, like an ad: this page carries the lexicon for the type-ahead, not the analysis core.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type ImportMode, type ImportPreview } from '../extension/messages';
import {
  corruptCopiesItem,
  exportProfile,
  IMPORT_LIMITS,
  interpretProfile,
  profileBackupItem,
  profileItem,
  settingsItem,
  validateProfile,
  validateSettings,
  type CorruptCopy,
  type ProfileBackup,
  type Settings,
} from '../extension/storage';
import { Onboarding } from './Onboarding';
import { ResumeFinder } from './ResumeFinder';
import { SkillChips } from './SkillChips';
import { SkillPicker } from './SkillPicker';
import { EverySiteSwitch } from './EverySiteSwitch';
import { messageOf, useItem } from './use-item';
import { JournalOptions } from './journal/JournalOptions';
import { ProfilesOptions } from './journal/ProfilesOptions';

const asProfile = (raw: unknown) => interpretProfile(raw, undefined).profile;
const asSettings = (raw: unknown) => validateSettings(raw).settings;
const asCopies = (raw: unknown): CorruptCopy[] => (Array.isArray(raw) ? raw.filter((c) => c && typeof c.raw === 'string') : []);
const asBackup = (raw: unknown): ProfileBackup | null => {
  if (!raw || typeof raw !== 'object') return null;
  const b = raw as Partial<ProfileBackup>;
  return { profile: validateProfile(b.profile).profile, at: typeof b.at === 'number' ? b.at : 0, reason: typeof b.reason === 'string' ? b.reason : '' };
};

type Note = { text: string; error?: boolean } | null;

export function OptionsApp() {
  const profile = useItem(profileItem, asProfile);
  const settings = useItem(settingsItem, asSettings);
  const copies = useItem(corruptCopiesItem, asCopies);
  const backup = useItem(profileBackupItem, asBackup);

  const [message, setMessage] = useState<Note>(null);
  /** The profile was empty when the page opened: the three steps show for this visit. */
  const [firstRun, setFirstRun] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  /** Entries being removed: hidden at once, back if the removal fails. */
  const [removing, setRemoving] = useState<ReadonlySet<string>>(new Set());
  /** Settings being changed: shown at once, back if the change fails. */
  const [wanted, setWanted] = useState<Partial<Settings>>({});
  const [pendingImport, setPendingImport] = useState<{ text: string; name: string; preview: ImportPreview } | null>(null);

  // A pending change is done once the stored value shows it.
  useEffect(() => {
    const p = profile.value;
    if (p && removing.size) {
      const still = [...removing].filter((e) => p.skills.includes(e) || p.custom.includes(e));
      if (still.length !== removing.size) setRemoving(new Set(still));
    }
  }, [profile.value]);
  useEffect(() => {
    const s = settings.value;
    if (!s) return;
    const still = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => s[k as keyof Settings] !== v));
    if (Object.keys(still).length !== Object.keys(wanted).length) setWanted(still);
  }, [settings.value]);

  useEffect(() => {
    const p = profile.value;
    if (firstRun === null && p) setFirstRun(p.skills.length + p.custom.length === 0);
  }, [profile.value]);

  const readError = profile.error ?? settings.error;
  if (readError) return <p role="alert" class="error">{readError}</p>;
  if (!profile.value || !settings.value) return <p role="status">Loading…</p>;
  const current = profile.value;
  const shownSettings = { ...settings.value, ...wanted };

  /** Runs one request: busy while it runs, its error (or success text) said after. */
  const ask = async <T,>(request: () => Promise<T>, success?: (r: T) => string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const r = await request();
      setMessage(success ? { text: success(r) } : null);
      return r;
    } catch (e) {
      setMessage({ text: messageOf(e), error: true });
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const addIds = async (ids: string[]): Promise<boolean> => (await ask(() => sendMessage('addSkills', { ids }))) !== undefined;
  // The text is kept on screen until the skill is stored: on failure the user still has what they typed.
  const addText = async (text: string): Promise<boolean> => (await ask(() => sendMessage('addSkills', { texts: [text] }))) !== undefined;
  const say = (text: string): void => setMessage({ text });
  const find = (text: string) => ask(() => sendMessage('findSkillsInText', text));
  const remove = (entry: string): void => {
    setRemoving((r) => new Set([...r, entry]));
    void ask(() => sendMessage('removeSkill', entry)).then((r) => {
      if (r === undefined) setRemoving((s) => new Set([...s].filter((x) => x !== entry)));
    });
  };
  const changeSetting = (patch: Partial<Settings>): void => {
    setWanted((w) => ({ ...w, ...patch }));
    void ask(() => sendMessage('setSettings', patch)).then((r) => {
      if (r === undefined) setWanted((w) => Object.fromEntries(Object.entries(w).filter(([k]) => !(k in patch))));
    });
  };

  const skills = current.skills.filter((id) => !removing.has(id));
  const custom = current.custom.filter((t) => !removing.has(t));
  const addInput = (): HTMLElement | null => document.getElementById('add-skill');

  return (
    <>
      <a class="skip" href="#add-skill">
        Skip to “Add a skill”
      </a>
      <main class="options" aria-busy={busy}>
        <header>
          <h1>Skillmark: your skills</h1>
          <p>Skillmark compares job ads with the skills you list here. They are stored in this browser only.</p>
        </header>
        <div aria-live="polite">
          {message && (
            <p role={message.error ? 'alert' : undefined} class={message.error ? 'note error' : 'ok'} data-testid="message">
              {message.text}
            </p>
          )}
        </div>
        {copies.value && copies.value.length > 0 && !message && (
          <p role="alert" class="error" data-testid="damaged">
            Part of your stored data could not be read. What could be read is kept, and a copy of the rest is shown below.
          </p>
        )}
        {firstRun && <Onboarding hasSkills={skills.length + custom.length > 0} have={current.skills} find={find} skipTo={() => addInput()?.focus()} />}

        <section aria-labelledby="skills-h" class="panel">
          <h2 id="skills-h">My skills ({skills.length + custom.length})</h2>
          <SkillPicker profile={{ skills: current.skills, custom: current.custom }} addIds={addIds} addText={addText} say={say} />
          <SkillChips skills={skills} custom={custom} onRemove={remove} fallbackFocus={addInput} />
        </section>

        <div class="panel">
          <JournalOptions />
        </div>

        <ResumeFinder busy={busy} have={current.skills} find={find} add={addIds} say={say} />

        <div class="panel">
          <ProfilesOptions />
        </div>

        <section aria-labelledby="io-h" class="panel">
        <h2 id="io-h">Import and export</h2>
        <button
          type="button"
          onClick={() => {
            const url = URL.createObjectURL(new Blob([exportProfile(current)], { type: 'application/json' }));
            const a = document.createElement('a');
            a.href = url;
            a.download = 'skillmark-profile.json';
            a.click();
            setTimeout(() => URL.revokeObjectURL(url), 1000);
          }}
        >
          Export my profile
        </button>{' '}
        <label>
          Import a profile{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={async (e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              setPendingImport(null);
              if (!file) return;
              if (file.size > IMPORT_LIMITS.bytes) {
                setMessage({ text: `This file is too large (${file.size.toLocaleString('en')} bytes; a profile is at most ${IMPORT_LIMITS.bytes.toLocaleString('en')}).`, error: true });
                return;
              }
              const text = await file.text();
              const preview = await ask(() => sendMessage('previewImport', text));
              if (preview) setPendingImport({ text, name: file.name, preview });
            }}
          />
        </label>
        {pendingImport && (
          <ImportPreviewBox
            name={pendingImport.name}
            preview={pendingImport.preview}
            busy={busy}
            onCancel={() => setPendingImport(null)}
            onChoose={async (mode: ImportMode) => {
              const done = await ask(
                () => sendMessage('importProfile', { text: pendingImport.text, mode }),
                (r) => `Imported: your profile now has ${mode === 'replace' ? r.replace : r.merge} skills. The previous one is kept: you can bring it back below.`,
              );
              if (done) setPendingImport(null);
            }}
          />
        )}
        {backup.value && (
          <p data-testid="backup">
            Previous profile ({backup.value.profile.skills.length + backup.value.profile.custom.length} skills, kept {backup.value.reason || 'before the last change'}
            {backup.value.at ? `, ${new Date(backup.value.at).toLocaleString()}` : ''}).{' '}
            <button type="button" disabled={busy} onClick={() => void ask(() => sendMessage('restoreBackup', undefined), () => 'The previous profile is back (the one it replaced is kept in its place).')}>
              Bring back the previous profile
            </button>
          </p>
        )}
      </section>

        <section aria-labelledby="settings-h" class="panel">
        <h2 id="settings-h">Settings</h2>
        <label>
          <input type="checkbox" checked={shownSettings.highlights} data-testid="setting-highlights" onChange={(e) => changeSetting({ highlights: (e.currentTarget as HTMLInputElement).checked })} /> Highlight skills on
          job pages
        </label>
        <br />
        <label>
          Toolbar badge{' '}
          <select value={shownSettings.badge} data-testid="setting-badge" onChange={(e) => changeSetting({ badge: (e.currentTarget as HTMLSelectElement).value as Settings['badge'] })}>
            <option value="score">Match score</option>
            <option value="lean">ML / SWE lean</option>
            <option value="off">Nothing</option>
          </select>
        </label>
        <EverySiteSwitch />
      </section>

      {copies.value && copies.value.length > 0 && (
        <section aria-labelledby="copies-h" class="panel">
          <h2 id="copies-h">Data Skillmark could not read</h2>
          <p>Kept here so nothing is lost. Copy what you need, then clear it.</p>
          {copies.value.map((c) => (
            <pre key={c.at + c.key}>{`${c.key} (${new Date(c.at).toLocaleString()}${c.reason ? `, ${c.reason}` : ''}): ${c.raw}`}</pre>
          ))}
          <button type="button" disabled={busy} onClick={() => void ask(() => sendMessage('clearCopies', undefined))}>
            Clear these copies
          </button>
        </section>
      )}
      </main>
    </>
  );
}

function ImportPreviewBox(props: { name: string; preview: ImportPreview; busy: boolean; onChoose: (mode: ImportMode) => void; onCancel: () => void }) {
  const p = props.preview;
  return (
    <div data-testid="import-preview" role="group" aria-label="Import preview">
      <p>
        {props.name}: {p.skills} skills Skillmark knows, {p.custom} kept as you wrote them
        {p.unknownIds > 0 ? ` (${p.unknownIds} not in the lexicon)` : ''}
        {p.dropped > 0 ? `, ${p.dropped} left out (not text, blank, too long or repeated)` : ''}. You have {p.current} now.
      </p>
      <button type="button" disabled={props.busy} onClick={() => props.onChoose('replace')}>
        Replace my skills ({p.replace})
      </button>{' '}
      <button type="button" disabled={props.busy} onClick={() => props.onChoose('merge')}>
        Merge with mine ({p.merge})
      </button>{' '}
      <button type="button" class="link" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
