// @vitest-environment happy-dom
/** The popup's requirement lines: required first, groups as "one of", years, education, met or not, and what was not counted. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { SkillSummary } from '../../src/analysis/types';
import { Requirements, requirementMet, type RequirementView } from '../../src/ui/Requirements';

const skill = (id: string, name: string): SkillSummary => ({ id, name, category: 'ml-framework', lean: 'ml', count: 1, section: 'required', required: true });
const SKILLS = [skill('pytorch', 'PyTorch'), skill('tensorflow', 'TensorFlow'), skill('python', 'Python'), skill('kubeflow', 'Kubeflow'), skill('go', 'Go')];
const REQS: RequirementView[] = [
  { kind: 'skill', skills: ['kubeflow'], required: false, text: 'Kubeflow', start: 90, end: 98 },
  { kind: 'one-of', skills: ['pytorch', 'tensorflow'], required: true, text: 'PyTorch or TensorFlow', start: 10, end: 31 },
  { kind: 'skill', skills: ['python'], required: true, years: 3, text: '3+ years of Python', start: 40, end: 58 },
  { kind: 'education', skills: ['computer-science'], required: true, text: "BS in Computer Science or a related field", start: 60, end: 88 },
];

function mount(match: Parameters<typeof Requirements>[0]['match']): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Requirements requirements={REQS} notCounted={[{ skill: 'go', reason: 'company' }, { skill: 'go', reason: 'company' }]} skills={SKILLS} match={match} />, root));
  return root;
}
afterEach(() => document.body.replaceChildren());

describe('requirements in the popup', () => {
  it('lists required first, a group as "one of" with what you have marked, years and education', () => {
    const root = mount({ matched: ['pytorch'], missing: ['python', 'kubeflow'], groups: [{ start: 10, end: 31, met: true, matched: ['pytorch'] }] });
    const lines = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(['✓one of: PyTorch✓ · TensorFlowrequired', '✗Python (3+ years)required', "•Education: BS in Computer Science or a related fieldrequired", '✗Kubeflownice to have']);
    expect(root.querySelector('[data-testid="not-counted"]')!.textContent).toBe("Not counted: Go (the company's own text).");
  });

  it('says nothing about met or not without a profile', () => {
    const root = mount(null);
    expect([...root.querySelectorAll('li')].every((li) => !li.hasAttribute('data-met'))).toBe(true);
  });

  it('a group is met by any member; a skill line by not being missing', () => {
    expect(requirementMet(REQS[1]!, { matched: ['tensorflow'], missing: [] })).toBe(true);
    expect(requirementMet(REQS[1]!, { matched: [], missing: ['pytorch'] })).toBe(false);
    expect(requirementMet(REQS[2]!, { matched: [], missing: ['python'] })).toBe(false);
    expect(requirementMet(REQS[3]!, { matched: [], missing: [] })).toBeNull();
  });
});
