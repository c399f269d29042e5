/**
 * First run: three steps (your skills, pin the icon, open a job on a listed board) and a sample ad
 * to try, compared with the skills added so far. Shown while the profile is empty when the page
 * opens; it stays for that visit so the user sees step 1 ticked.
 */
import { useState } from 'preact/hooks';
import { boardList } from './boards';
import type { Found } from './ResumeFinder';

export const SAMPLE_AD = `Machine Learning Engineer, Search

Requirements
- 3+ years of Python in production, and solid SQL.
- Experience training models with PyTorch or TensorFlow.
- Docker and Kubernetes for deployment; Git and CI/CD.

Nice to have
- Spark or Airflow for data pipelines.
- Experience with AWS.`;

export function Onboarding(props: { hasSkills: boolean; have: readonly string[]; find(text: string): Promise<Found[] | undefined>; skipTo: () => void }) {
  const [sample, setSample] = useState<Found[] | null>(null);
  return (
    <section class="panel" aria-labelledby="start-h" data-testid="onboarding">
      <h2 id="start-h">Get started in three steps</h2>
      <ol class="steps">
        <li class={props.hasSkills ? 'done' : ''}>
          <span>
            <strong>Add your skills</strong>: type them in <button type="button" class="link" onClick={props.skipTo}>Add a skill</button>, or paste your résumé and pick what Skillmark
            finds.{props.hasSkills ? ' Done.' : ''}
          </span>
        </li>
        <li>
          <span>
            <strong>Pin the icon</strong>: open the puzzle-piece menu in the browser's toolbar and pin Skillmark, so its score is always in view. The shortcut{' '}
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> opens it too.
          </span>
        </li>
        <li>
          <span>
            <strong>Open a job ad</strong> on {boardList().replace(/ and (?=[^,]*$)/, ' or ')}: the skills it asks for are underlined on the page, and the popup shows what you have
            and what you miss.
          </span>
        </li>
      </ol>
      <details>
        <summary>Try it on a sample ad</summary>
        <pre class="sample">{SAMPLE_AD}</pre>
        <button
          type="button"
          onClick={async () => {
            const list = await props.find(SAMPLE_AD);
            if (list) setSample(list);
          }}
        >
          Compare with my skills
        </button>
        {sample && (
          <ul data-testid="sample-result" aria-label="Skills in the sample ad">
            {sample.map((s) => {
              const has = props.have.includes(s.id);
              return (
                <li key={s.id}>
                  <span class={has ? 'mark-have' : 'mark-lack'} aria-hidden="true">
                    {has ? '✓' : '✗'}
                  </span>
                  {s.name} <span class="sr-only">{has ? '(you have it)' : '(you miss it)'}</span>
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </section>
  );
}
