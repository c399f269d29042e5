import type { TabState } from '../extension/storage';
import { boardList } from './boards';
import { Gauge } from './Gauge';
import { AdRequirements, SkillLists } from './SkillLists';

export interface PopupProps {
  /** undefined while loading; null when the tab has no state (not a supported page, or not read yet). */
  state: TabState | null | undefined;
  highlights: boolean;
  notice?: string | null;
  /** Skills being added: shown as pending until the tab's state has them. */
  adding?: ReadonlySet<string>;
  onToggleHighlights: (on: boolean) => void;
  onAddSkill: (id: string) => void;
  onAnalyseAnyway: () => void;
  onOpenOptions: () => void;
  /** Shows a skill's card on the page (from the keyboard); absent where there is no page to show it on. */
  onShowSkill?: (id: string) => void;
}

function AnalyseAnyway({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" class="primary" onClick={onClick}>
      Analyse this page anyway
    </button>
  );
}

function Body(props: PopupProps) {
  const { state } = props;
  if (state === undefined || state?.status === 'analysing') return <p role="status">Analysing…</p>;
  if (state === null)
    return (
      <div data-testid="unsupported">
        <p>Skillmark reads job ads on {boardList()} by itself.</p>
        <AnalyseAnyway onClick={props.onAnalyseAnyway} />
      </div>
    );
  if (state.status === 'error')
    return (
      <div role="alert" data-testid="error">
        <p>Something went wrong reading this page: {state.reason}</p>
        <AnalyseAnyway onClick={props.onAnalyseAnyway} />
      </div>
    );
  if (state.status === 'no-ad' || state.status === 'unsupported-language')
    return (
      <div data-testid="no-ad">
        <p>{state.reason}</p>
        {state.status === 'no-ad' && <AnalyseAnyway onClick={props.onAnalyseAnyway} />}
      </div>
    );
  return (
    <div data-testid="result">
      {state.truncated && <p class="note">This ad is very long: Skillmark read its beginning only.</p>}
      {state.lean && <Gauge lean={state.lean} />}
      {state.match ? (
        <>
          <p class="score" data-testid="score">
            Match <strong>{Math.round(state.match.score * 100)}%</strong>
          </p>
          <SkillLists skills={state.skills ?? []} match={state.match} onAdd={props.onAddSkill} adding={props.adding} onShow={props.onShowSkill} />
        </>
      ) : (
        <>
          <p class="call" data-testid="no-profile">
            Add your skills to see what you have and what you miss.{' '}
            <button type="button" class="link" onClick={props.onOpenOptions}>
              Add my skills
            </button>
          </p>
          <AdRequirements skills={state.skills ?? []} onShow={props.onShowSkill} />
        </>
      )}
    </div>
  );
}

export function Popup(props: PopupProps) {
  const { state } = props;
  return (
    <main class="popup">
      <header>
        <h1>Skillmark</h1>
        {state && (state.title || state.board) && (
          <p class="read" data-testid="read">
            {state.title ?? 'Untitled ad'}
            {state.board ? ` · ${state.board}` : ''}
          </p>
        )}
      </header>
      {props.notice && (
        <p role="alert" class="note">
          {props.notice}
        </p>
      )}
      <Body {...props} />
      <footer>
        <label>
          <input type="checkbox" checked={props.highlights} onChange={(e) => props.onToggleHighlights((e.currentTarget as HTMLInputElement).checked)} data-testid="toggle-highlights" />
          Highlight skills on the page
        </label>
        <button type="button" class="link" onClick={props.onOpenOptions}>
          My skills
        </button>
      </footer>
    </main>
  );
}
