// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analysePage } from '../../src/extension/tab-analysis';
import type { TabState } from '../../src/extension/storage';
import { Popup, type PopupProps } from '../../src/ui/Popup';

const TEXT = 'Requirements\n- PyTorch, TensorFlow and statistics\n- Python\n\nNice to have\n- Kubeflow\n';
const HOSTILE_TITLE = '<img src=x onerror="globalThis.__pwned = 1">Engineer';

function mount(overrides: Partial<PopupProps>): { root: HTMLElement; props: PopupProps } {
  const props: PopupProps = {
    state: undefined,
    highlights: true,
    onToggleHighlights: vi.fn(),
    onAddSkill: vi.fn(),
    onAnalyseAnyway: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Popup {...props} />, root));
  return { root, props };
}
const byTestId = (root: HTMLElement, id: string): HTMLElement | null => root.querySelector(`[data-testid="${id}"]`);

afterEach(() => {
  document.body.replaceChildren();
});

describe('Popup', () => {
  const ready = (skills: string[], title = 'ML Engineer'): TabState =>
    analysePage({ url: 'https://x.org', found: true, board: 'Lever', title, text: TEXT }, { skills, custom: [] }).state;

  it('shows the lean gauge, the score, missing (required first) and matched skills', () => {
    const { root } = mount({ state: ready(['pytorch']) });
    expect(byTestId(root, 'lean-label')!.textContent).toBe('ML-leaning');
    const meter = root.querySelector('[role="meter"]')!;
    expect(Number(meter.getAttribute('aria-valuenow'))).toBeGreaterThan(50);
    expect(byTestId(root, 'score')!.textContent).toMatch(/^Match \d+%$/);
    expect(byTestId(root, 'matched')!.textContent).toContain('PyTorch');
    const missing = [...byTestId(root, 'missing')!.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(missing[0]).toMatch(/required/);
    expect(missing[missing.length - 1]).toMatch(/Kubeflow.*nice to have/);
  });

  it('shows the role family beside the gauge, and no gauge for a role that is not engineering', () => {
    const ml = mount({ state: ready(['pytorch']) });
    expect(byTestId(ml.root, 'role')!.textContent).toBe('Role: ml engineering');
    const recruiter = analysePage(
      { url: 'https://x.org', found: true, board: 'Lever', title: 'Technical Recruiter', text: TEXT },
      { skills: ['pytorch'], custom: [] },
    ).state;
    const { root } = mount({ state: recruiter });
    expect(byTestId(root, 'lean-label')!.textContent).toBe('Not a tech posting');
    expect(root.querySelector('[role="meter"]')).toBeNull();
    expect(byTestId(root, 'role')!.textContent).toBe('not an engineering role: recruiting');
  });

  it('adds a missing skill with its button, labelled for screen readers', () => {
    const { root, props } = mount({ state: ready(['pytorch']) });
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="I have it: add TensorFlow to my skills"]')!;
    act(() => button.click());
    expect(props.onAddSkill).toHaveBeenCalledWith('tensorflow');
  });

  it('without a profile, lists what the ad asks for (required first), not a category dump, and invites the user to add theirs', () => {
    const { root } = mount({ state: ready([]) });
    expect(byTestId(root, 'no-profile')).not.toBeNull();
    const lines = [...byTestId(root, 'requirements')!.querySelectorAll('li')].map((li) => li.textContent ?? '');
    const firstOptional = lines.findIndex((l) => /nice to have$/.test(l));
    expect(lines.slice(0, firstOptional).every((l) => /required$/.test(l))).toBe(true);
    expect(lines.slice(0, firstOptional).join(' ')).toMatch(/PyTorch.*TensorFlow|TensorFlow.*PyTorch/);
    expect(lines.slice(firstOptional).join(' ')).toMatch(/Kubeflow/);
    // Nothing said about met or not: there is no profile.
    expect(byTestId(root, 'requirements')!.querySelector('[data-met]')).toBeNull();
    expect(byTestId(root, 'requirements')!.textContent).not.toMatch(/ml framework/i);
  });

  it('without a profile, says which skills the ad names without asking for them, and why', () => {
    const state = analysePage({ url: 'https://x.org', found: true, board: 'Lever', title: 'ML Engineer', text: `${TEXT}\nAbout us\nWe build our platform in Haskell.\n` }, { skills: [], custom: [] }).state;
    const { root } = mount({ state });
    expect(byTestId(root, 'not-counted')!.textContent).toMatch(/Not counted: .*Haskell \(the company's own text\)/);
    expect(byTestId(root, 'requirements')!.querySelector('ul')!.textContent).not.toContain('Haskell');
  });

  it('with a profile, marks each requirement met or not, a group met by one member', () => {
    const state = analysePage({ url: 'https://x.org', found: true, board: 'Lever', title: 'ML Engineer', text: 'Requirements\n- PyTorch or TensorFlow\n- Kubernetes\n' }, { skills: ['tensorflow'], custom: [] }).state;
    const { root } = mount({ state });
    const lines = [...byTestId(root, 'requirements')!.querySelectorAll('li')].map((li) => [li.getAttribute('data-met'), li.textContent]);
    expect(lines).toContainEqual(['true', expect.stringMatching(/one of: PyTorch · TensorFlow✓/)]);
    expect(lines).toContainEqual(['false', expect.stringMatching(/Kubernetes/)]);
  });

  it('keeps an evidence cue with commas as one item, with a legend', () => {
    const { root } = mount({ state: ready(['pytorch'], 'Machine Learning Engineer, Recommendations') });
    const items = [...byTestId(root, 'evidence')!.querySelectorAll('li')].map((li) => li.className);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c === 'ev-ml' || c === 'ev-swe')).toBe(true);
    expect(byTestId(root, 'evidence')!.textContent).toMatch(/points to ML.*points to SWE/);
  });

  it('has states for analysing, unsupported pages, no ad and errors, each with a way forward', () => {
    expect(mount({ state: undefined }).root.querySelector('[role="status"]')!.textContent).toBe('Analysing…');
    const unsupported = mount({ state: null });
    act(() => unsupported.root.querySelector<HTMLButtonElement>('button.primary')!.click());
    expect(unsupported.props.onAnalyseAnyway).toHaveBeenCalled();
    expect(byTestId(mount({ state: { status: 'no-ad', url: '', board: 'Indeed', title: null, reason: 'A list of jobs.' } }).root, 'no-ad')!.textContent).toContain('A list of jobs.');
    expect(byTestId(mount({ state: { status: 'error', url: '', board: null, title: null, reason: 'boom' } }).root, 'error')!.getAttribute('role')).toBe('alert');
  });

  it('shows page text as text: a hostile title renders literally and runs nothing', () => {
    const { root } = mount({ state: ready(['pytorch'], HOSTILE_TITLE) });
    expect(byTestId(root, 'read')!.textContent).toContain('<img src=x onerror=');
    expect(root.querySelector('img')).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('tells the user when a very long ad was cut', () => {
    const { root } = mount({ state: { ...ready(['pytorch']), truncated: true } });
    expect(root.querySelector('.note')!.textContent).toMatch(/very long/);
    expect(mount({ state: ready(['pytorch']) }).root.querySelector('.note')).toBeNull();
  });

  it('toggles highlights from a labelled checkbox', () => {
    const { root, props } = mount({ state: ready(['pytorch']) });
    const box = byTestId(root, 'toggle-highlights') as HTMLInputElement;
    expect(box.closest('label')!.textContent).toContain('Highlight skills on the page');
    act(() => box.click());
    expect(props.onToggleHighlights).toHaveBeenCalledWith(false);
  });
});
