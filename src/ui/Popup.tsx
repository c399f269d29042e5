import type { TabState } from '../extension/storage';
import { boardList } from './boards';
import type { ComponentChildren } from 'preact';
import { Gauge } from './Gauge';
import { Requirements } from './Requirements';
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
  /** The "every site" switch (wired by PopupApp: it talks to the browser). */
  everySite?: ComponentChildren;
  onOpenJournal?: () => void;
  /** Shown above the footer (the profile switch). */
  children?: ComponentChildren;
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
        <p>{state.reason?.startsWith('Skillmark') ? state.reason : `Something went wrong reading this page: ${state.reason}`}</p>
        <AnalyseAnyway onClick={props.onAnalyseAnyway} />
      </div>
    );
  if (state.status === 'no-ad' || state.status === 'unsupported-language')
    return (
      <div data-testid="no-ad">
        <p>{state.reason}</p>
        {state.asked && (
          <p class="note" data-testid="read-again">
            Skillmark read this page again just now, as you asked: nothing changed, for the reason above.
          </p>
        )}
        {state.status === 'no-ad' && <AnalyseAnyway onClick={props.onAnalyseAnyway} />}
      </div>
    );
  return (
    <div data-testid="result">
      {state.source === 'selection' && (
        <p class="note" data-testid="from-selection">
          From the text you selected (nothing is highlighted on the page).
        </p>
      )}
      {state.truncated && <p class="note">This ad is very long: Skillmark read its beginning only.</p>}
      {state.lean && <Gauge lean={state.lean} />}
      {state.match ? (
        <>
          <p class="score" data-testid="score">
            Match <strong>{Math.round(state.match.score * 100)}%</strong>
          </p>
          {state.requirements?.length ? <Requirements requirements={state.requirements} notCounted={state.notCounted ?? []} skills={state.skills ?? []} match={state.match} /> : null}
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
          {state.requirements?.length ? (
            <Requirements requirements={state.requirements} notCounted={state.notCounted ?? []} skills={state.skills ?? []} match={null} />
          ) : (
            <AdRequirements skills={state.skills ?? []} onShow={props.onShowSkill} />
          )}
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
      {props.children}
      <footer>
        <label>
          <input type="checkbox" checked={props.highlights} onChange={(e) => props.onToggleHighlights((e.currentTarget as HTMLInputElement).checked)} data-testid="toggle-highlights" />
          Highlight skills on the page
        </label>
        {props.everySite}
        {props.onOpenJournal && (
          <button type="button" class="link" onClick={props.onOpenJournal} data-testid="open-journal">
            Journal
          </button>
        )}
        <button type="button" class="link" onClick={props.onOpenOptions}>
          My skills
        </button>
      </footer>
    </main>
  );
}
