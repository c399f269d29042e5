/** Learn next: the skills that would raise the match on most of the user's ads, with the ads each appears in. */
import { describeLearnNext, learnNext } from '../../journal/learn-next';
import type { JournalEntry } from '../../journal/types';

export function LearnNext({ entries, covered, hasProfile }: { entries: JournalEntry[]; covered: ReadonlySet<string>; hasProfile: boolean }) {
  const ranking = learnNext(entries, covered, 15);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  if (!entries.length) return <p class="empty">No ads in your journal yet.</p>;
  return (
    <section aria-labelledby="learn-h">
      <h2 id="learn-h">Learn next</h2>
      <p class="muted">
        {hasProfile ? 'Skills you do not list yet' : 'Add your skills in the options page to leave out what you know. Skills'}, ranked by how many of your {entries.length} ads ask for them and how strongly (a
        requirement counts more than a nice-to-have; one of several alternatives counts for its share).
      </p>
      <ol class="learn" data-testid="learn-next">
        {ranking.map((item) => (
          <li key={item.id} data-skill={item.id}>
            <strong>{describeLearnNext(item, entries.length)}</strong>
            <div class="muted">
              {item.ads
                .slice(0, 8)
                .map((k) => byKey.get(k))
                .filter((e): e is JournalEntry => !!e)
                .map((e) => `${e.title ?? 'Untitled'}${e.company ? ` (${e.company})` : ''}`)
                .join(' · ')}
              {item.ads.length > 8 ? ` and ${item.ads.length - 8} more` : ''}
            </div>
          </li>
        ))}
      </ol>
      {!ranking.length && <p class="empty">Your profile covers every skill your ads ask for.</p>}
    </section>
  );
}
