import type { LeanResult } from '../analysis/types';

const LABELS: Record<LeanResult['label'], string> = {
  ml: 'ML-leaning',
  swe: 'SWE-leaning',
  hybrid: 'Hybrid: ML and software',
  none: 'Not a tech posting',
};

/** The ML <-> SWE lean as a meter: ML on the left, software engineering on the right, the role family beside it. */
export function Gauge({ lean }: { lean: LeanResult }) {
  const position = Math.round((1 - lean.ml) * 100);
  // A state saved before roles existed has none.
  const role = lean.role as LeanResult['role'] | undefined;
  if (lean.label === 'none') {
    return (
      <section class="gauge" aria-label="What kind of role this is">
        <div class="gauge-label" data-testid="lean-label">
          {LABELS.none}
        </div>
        {role && (
          <p class="role" data-testid="role">
            {role.reason}
          </p>
        )}
      </section>
    );
  }
  return (
    <section class="gauge" aria-label="How ML- or SWE-leaning the role is">
      <div class="gauge-label" data-testid="lean-label">
        {LABELS[lean.label]}
      </div>
      {role && role.family !== 'not-engineering' && (
        <div class="role-family" data-testid="role" title={role.reason}>
          Role: {role.family.replace(/-/g, ' ')}
        </div>
      )}
      <div
        class="gauge-track"
        role="meter"
        aria-label="Lean, from ML to software engineering"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(lean.ml * 100)}
        aria-valuetext={`${LABELS[lean.label]}, ${Math.round(lean.ml * 100)}% ML`}
      >
        <div class="gauge-marker" style={{ left: `${position}%` }} />
      </div>
      <div class="gauge-ends" aria-hidden="true">
        <span>ML</span>
        <span>SWE</span>
      </div>
      {lean.evidence.length > 0 && (
        <div class="evidence" data-testid="evidence">
          <span id="evidence-h">What decided it:</span>
          {/* One item per cue: a title or phrase with commas stays one item. */}
          <ul aria-labelledby="evidence-h">
            {lean.evidence.slice(0, 5).map((e) => (
              <li key={e.id} class={e.weight > 0 ? 'ev-ml' : 'ev-swe'}>
                {e.text}
                <span class="sr-only">{e.weight > 0 ? ' (points to ML)' : ' (points to software engineering)'}</span>
              </li>
            ))}
          </ul>
          <p class="legend" aria-hidden="true">
            <span class="ev-ml">points to ML</span>
            <span class="ev-swe">points to SWE</span>
          </p>
        </div>
      )}
    </section>
  );
}
