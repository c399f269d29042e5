import type { MatchResult, SkillSummary } from '../analysis/types';

interface Props {
  skills: SkillSummary[];
  match: MatchResult;
  onAdd: (id: string) => void;
  /** Ids being added right now. */
  adding?: ReadonlySet<string>;
}

function Item({ skill, onAdd, adding }: { skill: SkillSummary; onAdd?: (id: string) => void; adding?: boolean }) {
  return (
    <li>
      <span class="skill-name">{skill.name}</span>
      {skill.required ? (
        <span class="tag req">required</span>
      ) : skill.section === 'preferred' ? (
        <span class="tag opt">nice to have</span>
      ) : (
        <span class="tag">in the role</span>
      )}
      {onAdd && (
        <button type="button" class="add" disabled={adding} aria-busy={adding} onClick={() => onAdd(skill.id)} aria-label={`Add ${skill.name} to my skills`}>
          {adding ? 'Adding…' : '+ I have it'}
        </button>
      )}
    </li>
  );
}

/** Matched and missing skills of the ad, required first (the order the matcher gives). */
export function SkillLists({ skills, match, onAdd, adding }: Props) {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const missing = match.missing.map((id) => byId.get(id)).filter((s): s is SkillSummary => !!s);
  const matched = match.matched.map((id) => byId.get(id)).filter((s): s is SkillSummary => !!s);
  const requiredMissing = missing.filter((s) => s.required).length;
  return (
    <div class="lists">
      <section aria-labelledby="missing-h">
        <h2 id="missing-h">
          Missing <span class="count">{missing.length}</span>
          {requiredMissing > 0 && <span class="sub"> ({requiredMissing} required)</span>}
        </h2>
        <ul data-testid="missing">{missing.length ? missing.map((s) => <Item key={s.id} skill={s} onAdd={onAdd} adding={adding?.has(s.id)} />) : <li class="empty">Nothing: you have every skill it asks for.</li>}</ul>
      </section>
      <section aria-labelledby="matched-h">
        <h2 id="matched-h">
          You have <span class="count">{matched.length}</span>
        </h2>
        <ul data-testid="matched">{matched.length ? matched.map((s) => <Item key={s.id} skill={s} />) : <li class="empty">None yet.</li>}</ul>
      </section>
    </div>
  );
}

/** Without a profile: every skill of the ad, grouped by category. */
export function SkillsByCategory({ skills }: { skills: SkillSummary[] }) {
  const groups = new Map<string, SkillSummary[]>();
  for (const s of skills) groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  return (
    <div class="groups" data-testid="all-skills">
      {[...groups].map(([category, list]) => (
        <section key={category}>
          <h3>{category.replace(/-/g, ' ')}</h3>
          <p>{list.map((s) => s.name).join(', ')}</p>
        </section>
      ))}
    </div>
  );
}
