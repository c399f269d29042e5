/**
 * "Add a skill": a combobox over the lexicon (ranking in typeahead.ts). Enter adds the highlighted
 * entry and says what was added; a skill already there is said, not added twice; text that names
 * no skill is offered as the user's own. Arrow keys move, Escape closes the list, and the input
 * keeps the focus throughout (aria-activedescendant tells screen readers which option is active).
 */
import { useState } from 'preact/hooks';
import type { Profile } from '../extension/storage';
import { IMPORT_LIMITS } from '../extension/storage';
import { categoryName } from '../design/categories';
import { suggestionsFor, type Suggestion } from './typeahead';

export interface PickerProps {
  profile: Profile;
  /** Adds lexicon skills; true once stored. */
  addIds(ids: string[]): Promise<boolean>;
  /** Adds text as typed (the background resolves it against the lexicon); true once stored. */
  addText(text: string): Promise<boolean>;
  say(text: string): void;
}

const label = (s: Suggestion): string => (s.kind === 'skill' ? s.skill.name : `“${s.text}”`);

export function SkillPicker({ profile, addIds, addText, say }: PickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const suggestions = open ? suggestionsFor(query, profile) : [];
  const shown = suggestions.length > 0;

  const choose = async (s: Suggestion | undefined): Promise<void> => {
    if (!s) return;
    if (s.have) {
      say(`${label(s)} is already in your skills.`);
      setOpen(false);
      return;
    }
    const done = s.kind === 'skill' ? await addIds([s.skill.id]) : await addText(s.text);
    // On failure the text stays, for another try; the error is said by the caller.
    if (!done) return;
    setQuery('');
    setOpen(false);
    say(s.kind === 'skill' ? `Added ${s.skill.name}.` : `Added ${label(s)} as your own skill.`);
  };

  return (
    <div class="combo">
      <label for="add-skill">
        <strong>Add a skill</strong> <span class="muted">(names and short forms work: k8s, postgres, JS, CV)</span>
      </label>
      <input
        id="add-skill"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls="suggestions"
        aria-activedescendant={shown ? `suggestion-${active}` : undefined}
        autocomplete="off"
        spellcheck={false}
        maxLength={IMPORT_LIMITS.entryChars}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) setOpen(true);
            else setActive((a) => Math.min(a + 1, suggestions.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Escape') {
            if (shown) e.preventDefault();
            setOpen(false);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            void choose(shown ? suggestions[active] : query.trim() ? suggestionsFor(query, profile)[0] : undefined);
          }
        }}
      />
      <ul id="suggestions" role="listbox" aria-label="Suggestions" class="suggestions" data-testid="suggestions" hidden={!shown}>
        {suggestions.map((s, i) => (
          <li
            key={s.kind === 'skill' ? s.skill.id : 'custom'}
            id={`suggestion-${i}`}
            role="option"
            aria-selected={i === active}
            // Keeps the focus in the input: a click chooses, it does not blur.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void choose(s)}
          >
            <span class="name">{s.kind === 'skill' ? s.skill.name : `Add “${s.text}” as your own skill`}</span>
            <span class="count">{s.have ? '✓ already yours' : s.kind === 'skill' ? categoryName(s.skill.category) : 'not in the lexicon'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
