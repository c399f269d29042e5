// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { profileItem } from '../../src/extension/storage';
import { OptionsApp } from '../../src/ui/OptionsApp';

async function mount(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<OptionsApp />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  return root;
}

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const settle = (): Promise<void> => act(async () => void (await new Promise((r) => setTimeout(r, 20))));

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('options page', () => {
  it('suggests skills by alias as you type and adds the chosen one', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#add-skill')!;
    await type(input, 'k8s');
    const options = [...root.querySelectorAll('[data-testid="suggestions"] [role="option"]')].map((o) => o.textContent);
    expect(options[0]).toMatch(/^Kubernetes/);
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect(await profileItem.getValue()).toEqual({ skills: ['kubernetes'], custom: [] });
    expect(root.querySelector('[data-testid="chips"]')!.textContent).toContain('Kubernetes');
  });

  it('keeps free text the lexicon does not know, as typed', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#add-skill')!;
    await type(input, 'Basket weaving');
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect((await profileItem.getValue()).custom).toEqual(['Basket weaving']);
  });

  it('finds skills in a pasted résumé for the user to confirm', async () => {
    const root = await mount();
    await type(root.querySelector('textarea')!, 'Five years building services in Go and Python on Kubernetes; some PyTorch.');
    const find = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Find skills')!;
    await act(async () => find.click());
    const found = root.querySelector('[data-testid="found"]')!;
    expect(found.textContent).toMatch(/Go.*Python.*Kubernetes.*PyTorch/s);
    // Untick PyTorch, add the rest.
    const boxes = [...found.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    await act(async () => boxes[boxes.length - 1]!.click());
    const add = [...found.querySelectorAll('button')].find((b) => /^Add 3 skills$/.test(b.textContent ?? ''))!;
    await act(async () => add.click());
    await settle();
    expect((await profileItem.getValue()).skills).toEqual(['go', 'python', 'kubernetes']);
  });

  it('rejects a bad import file with a clear message and changes nothing', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{"not": "a profile"}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('[data-testid="message"]')!.textContent).toMatch(/not a Skillmark profile/);
    expect(await profileItem.getValue()).toEqual({ skills: ['python'], custom: [] });
  });

  it('tells the user when the stored profile was damaged, and shows the copy it kept', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: 'oops' }, profile$: { v: 2 } });
    const root = await mount();
    await settle();
    expect(root.querySelector('[data-testid="message"]')!.textContent).toMatch(/could not be read/);
    expect(root.textContent).toContain('oops');
  });
});
