import { useEffect, useRef } from 'preact/hooks';
import type { MatchResult, SkillSummary } from '../analysis/types';

interface Props {
  skills: SkillSummary[];
  match: MatchResult;
  onAdd: (id: string) => void;
  /** Ids being added right now. */
  adding?: ReadonlySet<string>;
  /** Shows the skill's card on the page (keyboard users' way to the card). */
  onShow?: (id: string) => void;
}

/** A pointer click this soon after an add is ignored: the rows moved, it was meant for the row that left. */
export const ROW_SETTLE_MS = 600;

function Tag({ skill }: { skill: SkillSummary }) {
  if (skill.required) return <span class="tag req">required</span>;
  if (skill.section === 'preferred') return <span class="tag opt">nice to have</span>;
  return <span class="tag">in the role</span>;
}

function Name({ skill, onShow }: { skill: SkillSummary; onShow?: (id: string) => void }) {
  if (!onShow) return <span class="skill-name">{skill.name}</span>;
  return (
    <span class="skill-name">
      <button type="button" class="link plain" title="Show it on the page" aria-label={`${skill.name}: show on the page`} onClick={() => onShow(skill.id)}>
        {skill.name}
      </button>
    </span>
  );
}

/** Matched and missing skills of the ad, required first (the order the matcher gives). */
export function SkillLists({ skills, match, onAdd, adding, onShow }: Props) {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const missing = match.missing.map((id) => byId.get(id)).filter((s): s is SkillSummary => !!s);
  const matched = match.matched.map((id) => byId.get(id)).filter((s): s is SkillSummary => !!s);
  const requiredMissing = missing.filter((s) => s.required).length;

  const missingList = useRef<HTMLUListElement>(null);
  const matchedHeading = useRef<HTMLHeadingElement>(null);
  const lastAdd = useRef(-Infinity);
  /** The row whose "I have it" was used: once it leaves, the focus goes to the row now in its place. */
  const focusAfter = useRef<{ id: string; index: number } | null>(null);
  useEffect(() => {
    const f = focusAfter.current;
    if (!f || match.missing.includes(f.id)) return;
    focusAfter.current = null;
    const buttons = missingList.current?.querySelectorAll<HTMLButtonElement>('button.add') ?? [];
    (buttons[f.index] ?? buttons[f.index - 1] ?? matchedHeading.current)?.focus();
  });

  const add = (id: string, index: number, e: MouseEvent): void => {
    const now = performance.now();
    // e.detail > 0: a pointer click (keyboard activation has 0), the one that can land on a moved row.
    if (adding?.has(id) || (e.detail > 0 && now - lastAdd.current < ROW_SETTLE_MS)) return;
    lastAdd.current = now;
    const hadFocus = (e.currentTarget as HTMLElement).ownerDocument.activeElement === e.currentTarget;
    focusAfter.current = hadFocus ? { id, index } : null;
    onAdd(id);
  };

  return (
    <div class="lists">
      <section aria-labelledby="missing-h">
        <h2 id="missing-h">
          <span class="mark-lack" aria-hidden="true">
            ✗
          </span>
          Missing <span class="count">{missing.length}</span>
          {requiredMissing > 0 && <span class="sub"> ({requiredMissing} required)</span>}
        </h2>
        <ul data-testid="missing" ref={missingList}>
          {missing.length ? (
            missing.map((s, i) => {
              const busy = !!adding?.has(s.id);
              return (
                <li key={s.id}>
                  <Name skill={s} onShow={onShow} />
                  <Tag skill={s} />
                  <button
                    type="button"
                    class="add"
                    aria-disabled={busy}
                    aria-busy={busy}
                    onClick={(e) => add(s.id, i, e as unknown as MouseEvent)}
                    aria-label={`I have it: add ${s.name} to my skills`}
                  >
                    {busy ? 'Adding…' : '+ I have it'}
                  </button>
                </li>
              );
            })
          ) : (
            <li class="empty">Nothing: you have every skill it asks for.</li>
          )}
        </ul>
      </section>
      <section aria-labelledby="matched-h">
        <h2 id="matched-h" tabIndex={-1} ref={matchedHeading}>
          <span class="mark-have" aria-hidden="true">
            ✓
          </span>
          You have <span class="count">{matched.length}</span>
        </h2>
        <ul data-testid="matched">
          {matched.length ? (
            matched.map((s) => (
              <li key={s.id}>
                <Name skill={s} onShow={onShow} />
                <Tag skill={s} />
              </li>
            ))
          ) : (
            <li class="empty">None yet.</li>
          )}
        </ul>
      </section>
    </div>
  );
}

const NOT_COUNTED: Partial<Record<SkillSummary['section'], string>> = {
  about: 'about the company',
  benefits: 'in the benefits',
  legal: 'in the legal text',
};

/** Without a profile: what the ad asks for, required first, and what it names without asking (not counted, and why). */
export function AdRequirements({ skills, onShow }: { skills: SkillSummary[]; onShow?: (id: string) => void }) {
  const counted = skills.filter((s) => !NOT_COUNTED[s.section]);
  const groups: [string, SkillSummary[]][] = [
    ['Required', counted.filter((s) => s.required)],
    ['Nice to have', counted.filter((s) => !s.required && s.section === 'preferred')],
    ['Also in the role', counted.filter((s) => !s.required && s.section !== 'preferred')],
  ];
  const skipped = skills.filter((s) => NOT_COUNTED[s.section]);
  return (
    <div class="reqs" data-testid="all-skills">
      {groups.map(([title, list]) =>
        list.length ? (
          <section key={title} aria-label={title}>
            <h2>
              {title} <span class="count">{list.length}</span>
            </h2>
            <ul>
              {list.map((s) => (
                <li key={s.id}>
                  <Name skill={s} onShow={onShow} />
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {skipped.length > 0 && (
        <p class="muted" data-testid="not-counted">
          Not counted: {skipped.map((s) => `${s.name} (${NOT_COUNTED[s.section]})`).join('; ')}.
        </p>
      )}
    </div>
  );
}
