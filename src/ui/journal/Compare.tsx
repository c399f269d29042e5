/** Two or three ads side by side: lean, what each asks for, what the user has and lacks for each. */
import type { JournalEntry } from '../../journal/types';
import { leanText } from './AdsTable';

function Column({ entry, covered }: { entry: JournalEntry; covered: ReadonlySet<string> }) {
  const names = new Map(entry.skills.map((s) => [s.id, s.name]));
  const required = entry.skills.filter((s) => s.required);
  const nice = entry.skills.filter((s) => !s.required);
  const extra = entry.requirements.filter((r) => r.kind === 'experience' || r.kind === 'education' || r.kind === 'one-of');
  const mark = (id: string) => (covered.has(id) ? <span class="have">✓ {names.get(id) ?? id}</span> : <span class="lack">✗ {names.get(id) ?? id}</span>);
  return (
    <section data-testid="compare-column">
      <h3>{entry.title ?? 'Untitled ad'}</h3>
      <p class="muted">
        {[entry.company, entry.board, leanText(entry), entry.match ? `match then ${Math.round(entry.match.score * 100)}%` : null].filter(Boolean).join(' · ')}
      </p>
      <p>
        You have {entry.skills.filter((s) => covered.has(s.id)).length} of its {entry.skills.length} skills.
      </p>
      <h4>Required</h4>
      <ul>{required.length ? required.map((s) => <li key={s.id}>{mark(s.id)}</li>) : <li class="empty">none listed</li>}</ul>
      <h4>Nice to have / in the role</h4>
      <ul>{nice.length ? nice.map((s) => <li key={s.id}>{mark(s.id)}</li>) : <li class="empty">none listed</li>}</ul>
      {extra.length > 0 && (
        <>
          <h4>Also asks</h4>
          <ul>
            {extra.map((r, i) => (
              <li key={i}>
                {r.kind === 'one-of' ? `one of: ${r.skills.map((id) => names.get(id) ?? id).join(' · ')}` : r.text}
                {r.years ? ` (${r.years}+ years)` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function Compare({ entries, covered }: { entries: JournalEntry[]; covered: ReadonlySet<string> }) {
  if (entries.length < 2) return <p class="empty">Tick two or three ads in the table to compare them here.</p>;
  return (
    <div class="compare" data-testid="compare">
      {entries.map((e) => (
        <Column key={e.key} entry={e} covered={covered} />
      ))}
    </div>
  );
}
