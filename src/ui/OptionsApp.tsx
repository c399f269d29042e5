/**
 * The options page: your skills (type-ahead over the lexicon, chips, free text, résumé paste),
 * import / export of the profile, and settings. Everything stays in the browser.
 */
import { useEffect, useState } from 'preact/hooks';
import { analyze, resolveProfile, skillById, suggestSkills } from '../analysis/index';
import type { SkillEntry } from '../analysis/types';
import { corruptCopiesItem, exportProfile, loadProfile, loadSettings, parseProfileFile, profileItem, settingsItem, type CorruptCopy, type Profile, type Settings } from '../extension/storage';

export function OptionsApp() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [resume, setResume] = useState('');
  const [found, setFound] = useState<{ id: string; checked: boolean }[]>([]);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [copies, setCopies] = useState<CorruptCopy[]>([]);

  useEffect(() => {
    // Copies are read after the checks that may write them.
    void Promise.all([loadProfile(), loadSettings()]).then(async ([p, s]) => {
      setProfile(p.profile);
      setSettings(s.settings);
      if (p.corrupted || s.corrupted) setMessage({ text: 'Part of your stored data could not be read. What could be read is kept, and a copy of the rest is shown below.', error: true });
      const c = await corruptCopiesItem.getValue();
      setCopies(Array.isArray(c) ? c : []);
    });
    return profileItem.watch((p) => p && setProfile(p));
  }, []);

  if (!profile || !settings) return <p role="status">Loading…</p>;

  const save = (next: Profile): void => {
    setProfile(next);
    void profileItem.setValue(next);
  };
  const addIds = (ids: string[]): void => save({ ...profile, skills: [...new Set([...profile.skills, ...ids])] });
  const addText = (text: string): void => {
    const { ids, unknown } = resolveProfile([text]);
    save({ skills: [...new Set([...profile.skills, ...ids])], custom: [...new Set([...profile.custom, ...unknown])] });
    setQuery('');
  };
  const suggestions: SkillEntry[] = query.trim() ? suggestSkills(query, 8).filter((s) => !profile.skills.includes(s.id)) : [];

  return (
    <main class="options">
      <h1>Skillmark: your skills</h1>
      <p>Skillmark compares job ads with the skills you list here. They are stored in this browser only.</p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''} data-testid="message">
          {message.text}
        </p>
      )}

      <section aria-labelledby="skills-h">
        <h2 id="skills-h">My skills ({profile.skills.length + profile.custom.length})</h2>
        <div class="chips" data-testid="chips">
          {profile.skills.map((id) => (
            <span class="chip" key={id}>
              {skillById(id)?.name ?? id}
              <button type="button" aria-label={`Remove ${skillById(id)?.name ?? id}`} onClick={() => save({ ...profile, skills: profile.skills.filter((s) => s !== id) })}>
                ×
              </button>
            </span>
          ))}
          {profile.custom.map((t) => (
            <span class="chip" key={'c:' + t} title="Not in Skillmark's lexicon: kept as you typed it">
              {t}
              <button type="button" aria-label={`Remove ${t}`} onClick={() => save({ ...profile, custom: profile.custom.filter((c) => c !== t) })}>
                ×
              </button>
            </span>
          ))}
        </div>
        <label for="add-skill">Add a skill (names and aliases work: k8s, postgres, JS)</label>
        <br />
        <input
          id="add-skill"
          type="text"
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls="suggestions"
          autocomplete="off"
          value={query}
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, suggestions.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') {
              e.preventDefault();
              const pick = suggestions[active];
              if (pick) {
                addIds([pick.id]);
                setQuery('');
              } else if (query.trim()) addText(query);
            }
          }}
        />
        {suggestions.length > 0 && (
          <ul id="suggestions" role="listbox" class="suggestions" data-testid="suggestions">
            {suggestions.map((s, i) => (
              <li
                key={s.id}
                role="option"
                aria-selected={i === active}
                onClick={() => {
                  addIds([s.id]);
                  setQuery('');
                }}
              >
                {s.name} <span class="count">{s.category.replace(/-/g, ' ')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="resume-h">
        <h2 id="resume-h">Paste your résumé</h2>
        <p>Skillmark finds the skills in it with the same tagger it uses on ads; you confirm which to add.</p>
        <textarea aria-label="Your résumé" value={resume} onInput={(e) => setResume((e.currentTarget as HTMLTextAreaElement).value)} />
        <button
          type="button"
          onClick={() => {
            const ids = [...new Set(analyze(resume, { maxChars: 100_000 }).mentions.map((m) => m.skill))].filter((id) => !profile.skills.includes(id));
            setFound(ids.map((id) => ({ id, checked: true })));
            if (!ids.length) setMessage({ text: 'No new skills found in that text.' });
          }}
        >
          Find skills
        </button>
        {found.length > 0 && (
          <div data-testid="found">
            <ul>
              {found.map((f, i) => (
                <li key={f.id}>
                  <label>
                    <input type="checkbox" checked={f.checked} onChange={() => setFound(found.map((x, k) => (k === i ? { ...x, checked: !x.checked } : x)))} />
                    {skillById(f.id)?.name ?? f.id}
                  </label>
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() => {
                addIds(found.filter((f) => f.checked).map((f) => f.id));
                setFound([]);
                setResume('');
              }}
            >
              Add {found.filter((f) => f.checked).length} skills
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="io-h">
        <h2 id="io-h">Import and export</h2>
        <button
          type="button"
          onClick={() => {
            const url = URL.createObjectURL(new Blob([exportProfile(profile)], { type: 'application/json' }));
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
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (!file) return;
              try {
                const imported = parseProfileFile(await file.text());
                save(imported);
                setMessage({ text: `Imported ${imported.skills.length + imported.custom.length} skills.` });
              } catch (err) {
                setMessage({ text: (err as Error).message, error: true });
              }
            }}
          />
        </label>
      </section>

      <section aria-labelledby="settings-h">
        <h2 id="settings-h">Settings</h2>
        <label>
          <input type="checkbox" checked={settings.highlights} onChange={(e) => {
            const next = { ...settings, highlights: (e.currentTarget as HTMLInputElement).checked };
            setSettings(next);
            void settingsItem.setValue(next);
          }} />{' '}
          Highlight skills on job pages
        </label>
        <br />
        <label>
          Toolbar badge{' '}
          <select value={settings.badge} onChange={(e) => {
            const next = { ...settings, badge: (e.currentTarget as HTMLSelectElement).value as Settings['badge'] };
            setSettings(next);
            void settingsItem.setValue(next);
          }}>
            <option value="score">Match score</option>
            <option value="lean">ML / SWE lean</option>
            <option value="off">Nothing</option>
          </select>
        </label>
      </section>

      {copies.length > 0 && (
        <section aria-labelledby="copies-h">
          <h2 id="copies-h">Data Skillmark could not read</h2>
          <p>Kept here so nothing is lost. Copy what you need, then clear it.</p>
          {copies.map((c) => (
            <pre key={c.at}>{`${c.key} (${new Date(c.at).toLocaleString()}): ${c.raw}`}</pre>
          ))}
          <button type="button" onClick={() => void corruptCopiesItem.setValue([]).then(() => setCopies([]))}>
            Clear these copies
          </button>
        </section>
      )}
    </main>
  );
}
