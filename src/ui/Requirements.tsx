/**
 * What the ad asks for, as the analysis reads it (requirements, issue 10): required first, each line
 * a skill or a group of alternatives ("one of: PyTorch ✓ · TensorFlow"), years where given, an
 * education line; then what the ad names without asking for it, and why. With a profile each line
 * says whether it is met (✓ / ✗: a shape, not only a colour).
 *
 * The shapes are the analysis's (types.ts Requirement / NotCounted / MatchGroup); only the fields
 * shown here are required, so the popup renders whatever the stored tab state carries.
 */
import type { SkillSummary } from '../analysis/types';

export interface RequirementView {
  kind: 'skill' | 'one-of' | 'education' | 'experience';
  skills: string[];
  required: boolean;
  years?: number;
  text: string;
  start?: number;
  end?: number;
}
export interface NotCountedView {
  skill: string;
  reason: string;
}
export interface MatchView {
  matched: string[];
  missing: string[];
  groups?: { start: number; end: number; met: boolean; matched: string[] }[];
}

const REASON: Record<string, string> = {
  company: "the company's own text",
  benefits: 'a perk',
  legal: 'legal text',
  negated: 'the ad says it is not needed',
  name: 'a name, not a skill',
  collaborator: 'people you would work with',
  'tool-use': 'using a tool, not a skill',
  generic: 'a generic activity',
  duty: 'a duty of the role',
  education: "a degree's field",
};

/** Whether a requirement is met by the profile: null without a profile (nothing to say). */
export function requirementMet(r: RequirementView, match: MatchView | null): boolean | null {
  if (!match || r.kind === 'education') return null;
  if (r.kind === 'one-of') {
    const g = match.groups?.find((x) => x.start === r.start && x.end === r.end);
    return g ? g.met : r.skills.some((id) => match.matched.includes(id));
  }
  if (!r.skills.length) return null; // years of experience in general
  return r.skills.every((id) => !match.missing.includes(id));
}

export function Requirements(props: { requirements: RequirementView[]; notCounted: NotCountedView[]; skills: SkillSummary[]; match: MatchView | null }) {
  const name = (id: string): string => props.skills.find((s) => s.id === id)?.name ?? id.replace(/-/g, ' ');
  const has = (id: string): boolean => !!props.match?.matched.includes(id);
  const ordered = [...props.requirements.filter((r) => r.required), ...props.requirements.filter((r) => !r.required)];
  const uncounted = props.notCounted.filter((n, i, all) => all.findIndex((m) => m.skill === n.skill) === i);

  const line = (r: RequirementView) => {
    const years = r.years !== undefined ? ` (${r.years}+ years)` : '';
    if (r.kind === 'education') return <span class="skill-name">Education: {r.text}</span>;
    if (r.kind === 'one-of')
      return (
        <span class="skill-name">
          one of:{' '}
          {r.skills.map((id, i) => (
            <span key={id}>
              {i > 0 ? ' · ' : ''}
              {name(id)}
              {has(id) && (
                <span class="mark-have" role="img" aria-label="(you have it)">
                  ✓
                </span>
              )}
            </span>
          ))}
          {years}
        </span>
      );
    if (!r.skills.length) return <span class="skill-name">{r.years !== undefined ? `${r.years}+ years of experience` : r.text}</span>;
    return (
      <span class="skill-name">
        {r.skills.map(name).join(', ')}
        {years}
      </span>
    );
  };

  return (
    <div class="reqs" data-testid="requirements">
      <h2>What the ad asks for</h2>
      <ul>
        {ordered.map((r, i) => {
          const met = requirementMet(r, props.match);
          return (
            <li key={i} data-met={met === null ? undefined : String(met)}>
              {met === null ? (
                <span class="mark-other" aria-hidden="true">
                  •
                </span>
              ) : (
                <span class={met ? 'mark-have' : 'mark-lack'} role="img" aria-label={met ? 'met' : 'not met'}>
                  {met ? '✓' : '✗'}
                </span>
              )}
              {line(r)}
              <span class={r.required ? 'tag req' : 'tag opt'}>{r.required ? 'required' : 'nice to have'}</span>
            </li>
          );
        })}
      </ul>
      {uncounted.length > 0 && (
        <p class="muted" data-testid="not-counted">
          Not counted: {uncounted.map((n) => `${name(n.skill)} (${REASON[n.reason] ?? n.reason})`).join('; ')}.
        </p>
      )}
    </div>
  );
}
