/**
 * "Paste your résumé": the background finds the lexicon's skills in it (the same tagger as for
 * ads); the user confirms them, grouped by category, with "select all" / "select none". The
 * résumé stays in the box after adding, and the page says what was added.
 */
import { useState } from 'preact/hooks';
import { skillById } from '../analysis/lexicon';
import { groupByCategory } from '../design/categories';
import { ResumeFile } from './journal/ResumeFile';

export interface Found {
  id: string;
  name: string;
}

interface Props {
  busy: boolean;
  have: readonly string[];
  find(text: string): Promise<Found[] | undefined>;
  /** Adds the ids; true once stored. */
  add(ids: string[]): Promise<boolean>;
  say(text: string): void;
}

export function ResumeFinder({ busy, have, find, add, say }: Props) {
  const [resume, setResume] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const picked = found.filter((f) => checked.has(f.id));
  const groups = groupByCategory(found, (f) => skillById(f.id)?.category ?? '', (f) => f.name);

  return (
    <section aria-labelledby="resume-h" class="panel">
      <h2 id="resume-h">Paste your résumé</h2>
      <p class="muted">Skillmark finds the skills in it with the same tagger it uses on ads, here in your browser; you choose which to add.</p>
      <ResumeFile onText={setResume} />
      <textarea aria-label="Your résumé" value={resume} onInput={(e) => setResume((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={busy || !resume.trim()}
          onClick={async () => {
            const list = await find(resume);
            if (!list) return;
            const fresh = list.filter((f) => !have.includes(f.id));
            setFound(fresh);
            setChecked(new Set(fresh.map((f) => f.id)));
            if (!fresh.length) say(list.length ? `Found ${list.length} skills, all already in your profile.` : 'No skills found in that text.');
          }}
        >
          Find skills
        </button>
      </div>
      {found.length > 0 && (
        <div data-testid="found">
          <div class="row" role="group" aria-label="Found skills">
            <strong>
              Found {found.length} new skills; {picked.length} selected.
            </strong>
            <button type="button" onClick={() => setChecked(new Set(found.map((f) => f.id)))}>
              Select all
            </button>
            <button type="button" onClick={() => setChecked(new Set())}>
              Select none
            </button>
          </div>
          {groups.map((g) => (
            <fieldset class="found-group" key={g.id}>
              <legend>{g.name}</legend>
              <ul>
                {g.items.map((f) => (
                  <li key={f.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={checked.has(f.id)}
                        onChange={() => setChecked((c) => (c.has(f.id) ? new Set([...c].filter((x) => x !== f.id)) : new Set([...c, f.id])))}
                      />
                      {f.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <button
            type="button"
            class="primary"
            disabled={busy || picked.length === 0}
            onClick={async () => {
              const n = picked.length;
              if (!(await add(picked.map((f) => f.id)))) return; // failed: the list stays for another try
              setFound([]);
              say(`Added ${n} ${n === 1 ? 'skill' : 'skills'} from your résumé. The text stays in the box if you want to look again.`);
            }}
          >
            Add {picked.length} {picked.length === 1 ? 'skill' : 'skills'}
          </button>
        </div>
      )}
    </section>
  );
}
