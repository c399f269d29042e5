/**
 * The user's skills as chips, grouped by category (display names from data) and sorted by name;
 * entries the lexicon does not know come last, as typed. Removing a chip moves the focus to the
 * next chip's remove button (or the previous one, or `fallback`), never to the page's body.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { skillById } from '../analysis/lexicon';
import { groupByCategory } from '../design/categories';

interface Entry {
  entry: string;
  name: string;
  category: string;
  custom: boolean;
}

export function SkillChips(props: { skills: readonly string[]; custom: readonly string[]; onRemove(entry: string): void; fallbackFocus: () => HTMLElement | null }) {
  const known: Entry[] = props.skills.map((id) => {
    const s = skillById(id);
    return { entry: id, name: s?.name ?? id, category: s?.category ?? '', custom: false };
  });
  const groups = groupByCategory(known, (e) => e.category, (e) => e.name);
  const custom = [...props.custom].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })).map((t): Entry => ({ entry: t, name: t, category: '', custom: true }));
  if (custom.length) groups.push({ id: 'custom', name: 'Your own skills (not in the lexicon)', items: custom });
  const order = groups.flatMap((g) => g.items.map((e) => e.entry));

  const box = useRef<HTMLDivElement>(null);
  const [focusNext, setFocusNext] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (focusNext === undefined) return;
    const target = [...(box.current?.querySelectorAll<HTMLButtonElement>('button[data-entry]') ?? [])].find((b) => b.dataset.entry === focusNext);
    (target ?? props.fallbackFocus())?.focus();
    setFocusNext(undefined);
  });

  const remove = (entry: string): void => {
    const i = order.indexOf(entry);
    setFocusNext(order[i + 1] ?? order[i - 1] ?? null);
    props.onRemove(entry);
  };

  return (
    <div data-testid="chips" ref={box}>
      {order.length === 0 && <p class="empty">No skills yet: add some above, or paste your résumé below.</p>}
      {groups.map((g) => (
        <section class="chip-group" key={g.id} aria-label={g.name}>
          <h3>
            {g.name} <span class="count">{g.items.length}</span>
          </h3>
          <ul class="chips">
            {g.items.map((e) => (
              <li class={e.custom ? 'chip custom' : 'chip'} key={(e.custom ? 'c:' : '') + e.entry}>
                {e.name}
                <button type="button" data-entry={e.entry} aria-label={`Remove ${e.name}`} onClick={() => remove(e.entry)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
