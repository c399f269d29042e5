// @vitest-environment happy-dom
/**
 * The options page with the real background handlers behind its messages: it shows the stored
 * items as they change, asks the background for every change, and rolls back what fails.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeApis } from '../extension/fake-apis';
import { dispatch, handlers } from '../../src/extension/background';
import { sendMessage } from '../../src/extension/messages';
import { repairStorage } from '../../src/extension/profile-writer';
import { exportProfile, profileBackupItem, profileItem, settingsItem } from '../../src/extension/storage';
import { OptionsApp } from '../../src/ui/OptionsApp';

vi.mock('../../src/extension/messages', async (importOriginal) => ({ ...(await importOriginal<object>()), sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);
const fromOptions = { url: fakeBrowser.runtime.getURL('/options.html'), tab: { id: 2 } };
const fromPopup = { url: fakeBrowser.runtime.getURL('/popup.html') };

/** Lets storage events, messages and effects run their course (several rounds: effects chain). */
async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 10))));
}

async function mount(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<OptionsApp />, root));
  await settle();
  return root;
}

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function press(input: HTMLElement, key: string): Promise<void> {
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  await settle();
}
async function choose(root: HTMLElement, text: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"][accept*="json"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'profile.json', { type: 'application/json' })], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
const button = (root: HTMLElement, label: RegExp): HTMLButtonElement => [...root.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''))!;
const click = async (el: HTMLElement): Promise<void> => {
  await act(async () => el.click());
  await settle();
};
const message = (root: HTMLElement): string => root.querySelector('[data-testid="message"]')?.textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  installFakeApis(); // permissions, for the "every site" switch
  send.mockReset();
  send.mockImplementation(((name: never, data: never) => dispatch(name, data, fromOptions)) as never);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('options page: skills', () => {
  it('suggests skills by alias as you type and adds the chosen one', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#add-skill')!;
    await type(input, 'k8s');
    const options = [...root.querySelectorAll('[data-testid="suggestions"] [role="option"]')].map((o) => o.textContent);
    expect(options[0]).toMatch(/^Kubernetes/);
    await press(input, 'Enter');
    expect(send).toHaveBeenCalledWith('addSkills', { ids: ['kubernetes'] });
    expect(await profileItem.getValue()).toEqual({ skills: ['kubernetes'], custom: [] });
    expect(root.querySelector('[data-testid="chips"]')!.textContent).toContain('Kubernetes');
  });

  it('keeps free text the lexicon does not know, as typed (resolved by the background)', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#add-skill')!;
    await type(input, 'Basket weaving');
    await press(input, 'Enter');
    expect((await profileItem.getValue()).custom).toEqual(['Basket weaving']);
    expect(input.value).toBe('');
  });

  it('keeps what the user typed when adding fails, and says why', async () => {
    const root = await mount();
    send.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const input = root.querySelector<HTMLInputElement>('#add-skill')!;
    await type(input, 'Basket weaving');
    await press(input, 'Enter');
    expect(message(root)).toMatch(/QUOTA_BYTES/);
    expect(input.value).toBe('Basket weaving');
  });

  it('shows a change made elsewhere (the popup\'s "I have it") without reloading', async () => {
    const root = await mount();
    await handlers.addSkill('pytorch', fromPopup);
    await settle();
    expect(root.querySelector('[data-testid="chips"]')!.textContent).toContain('PyTorch');
  });

  it('removes a chip at once, and puts it back if the removal fails', async () => {
    await profileItem.setValue({ skills: ['python', 'rust'], custom: [] });
    const root = await mount();
    let fail!: (e: Error) => void;
    send.mockImplementationOnce((() => new Promise((_, reject) => (fail = reject))) as never);
    await act(async () => root.querySelector<HTMLButtonElement>('button[aria-label="Remove Rust"]')!.click());
    expect(root.querySelector('[data-testid="chips"]')!.textContent).not.toContain('Rust');
    await act(async () => fail(new Error('storage is full')));
    await settle();
    expect(root.querySelector('[data-testid="chips"]')!.textContent).toContain('Rust');
    expect(message(root)).toMatch(/storage is full/);
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Remove Rust"]')!);
    expect(await profileItem.getValue()).toEqual({ skills: ['python'], custom: [] });
    expect(root.querySelector('[data-testid="chips"]')!.textContent).not.toContain('Rust');
  });

  it('finds skills in a pasted résumé (in the background), grouped by category, for the user to confirm', async () => {
    const root = await mount();
    const resume = 'Five years building services in Go and Python on Kubernetes; some PyTorch.';
    await type(root.querySelector('textarea')!, resume);
    await click(button(root, /^Find skills$/));
    expect(send).toHaveBeenCalledWith('findSkillsInText', expect.stringContaining('Five years'));
    const found = root.querySelector<HTMLElement>('[data-testid="found"]')!;
    // Grouped under display names from lexicon/categories.json, languages first, sorted by name.
    expect([...found.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Programming languages', 'ML frameworks and libraries', 'DevOps and infrastructure']);
    expect(found.textContent).toMatch(/Go.*Python.*PyTorch.*Kubernetes/s);
    // Select none, then tick all but PyTorch back.
    await click(button(found, /^Select none$/));
    expect(button(found, /^Add /).textContent).toBe('Add 0 skills');
    expect(button(found, /^Add /).disabled).toBe(true);
    await click(button(found, /^Select all$/));
    const box = (name: string) => [...found.querySelectorAll('label')].find((l) => l.textContent === name)!.querySelector('input')!;
    await act(async () => box('PyTorch').click());
    await click(button(found, /^Add 3 skills$/));
    expect((await profileItem.getValue()).skills).toEqual(['go', 'python', 'kubernetes']);
    // Said, and the résumé stays in its box.
    expect(message(root)).toMatch(/Added 3 skills from your résumé/);
    expect(root.querySelector('textarea')!.value).toBe(resume);
    expect(root.querySelector('[data-testid="found"]')).toBeNull();
  });

  it('Enter adds the exact name or alias typed, not the first prefix match, and says what it added', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#add-skill')!;
    for (const [typed, id, name] of [
      ['JS', 'javascript', 'JavaScript'],
      ['Spark', 'spark', 'Apache Spark'],
      ['TS', 'typescript', 'TypeScript'],
      ['CV', 'computer-vision', 'Computer vision'],
    ] as const) {
      await type(input, typed);
      expect(root.querySelector('[role="option"][aria-selected="true"]')!.textContent).toMatch(new RegExp('^' + name));
      expect(input.getAttribute('aria-activedescendant')).toBe('suggestion-0');
      await press(input, 'Enter');
      expect((await profileItem.getValue()).skills).toContain(id);
      expect(message(root)).toBe(`Added ${name}.`);
      expect(input.value).toBe('');
    }
    expect((await profileItem.getValue()).custom).toEqual([]);
  });

  it('says a skill is already there instead of adding it twice', async () => {
    await profileItem.setValue({ skills: ['javascript'], custom: [] });
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#add-skill')!;
    await type(input, 'js');
    expect(root.querySelector('[role="option"]')!.textContent).toMatch(/already yours/);
    send.mockClear();
    await press(input, 'Enter');
    expect(message(root)).toBe('JavaScript is already in your skills.');
    expect(send).not.toHaveBeenCalledWith('addSkills', expect.anything());
  });

  it('moves through the list with the arrows, and Escape closes it', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#add-skill')!;
    await type(input, 'pyt');
    const options = () => [...root.querySelectorAll('[data-testid="suggestions"] [role="option"]')];
    expect(options()[0]!.textContent).toMatch(/^Python/);
    expect(options().at(-1)!.textContent).toMatch(/Add “pyt” as your own skill/);
    await press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('suggestion-1');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    await press(input, 'Escape');
    expect(root.querySelector<HTMLElement>('[data-testid="suggestions"]')!.hidden).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(input.value).toBe('pyt');
  });

  it('shows chips grouped by category and sorted, and keeps focus on the next chip after a removal', async () => {
    await profileItem.setValue({ skills: ['rust', 'pytorch', 'go', 'docker'], custom: ['Basket weaving'] });
    const root = await mount();
    const chips = root.querySelector<HTMLElement>('[data-testid="chips"]')!;
    expect([...chips.querySelectorAll('h3')].map((h) => h.firstChild!.textContent!.trim())).toEqual([
      'Programming languages',
      'ML frameworks and libraries',
      'DevOps and infrastructure',
      'Your own skills (not in the lexicon)',
    ]);
    const removeButtons = () => [...chips.querySelectorAll<HTMLButtonElement>('button')].map((b) => b.getAttribute('aria-label'));
    expect(removeButtons()).toEqual(['Remove Go', 'Remove Rust', 'Remove PyTorch', 'Remove Docker', 'Remove Basket weaving']);
    const go = chips.querySelector<HTMLButtonElement>('button[aria-label="Remove Go"]')!;
    go.focus();
    await click(go);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove Rust');
    const last = chips.querySelector<HTMLButtonElement>('button[aria-label="Remove Basket weaving"]')!;
    last.focus();
    await click(last);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove Docker');
  });

  it('reaches "Add a skill" before the chips, whatever their number (skip link first)', async () => {
    await profileItem.setValue({ skills: ['python', 'rust', 'go', 'java', 'docker', 'kubernetes', 'pytorch', 'aws'], custom: [] });
    const root = await mount();
    const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')].filter((e) => !(e as HTMLButtonElement).disabled);
    expect(focusables[0]!.getAttribute('href')).toBe('#add-skill');
    const at = focusables.findIndex((e) => e.id === 'add-skill');
    expect(at).toBeLessThan(focusables.findIndex((e) => e.getAttribute('aria-label') === 'Remove Python'));
    expect(at).toBeLessThanOrEqual(2);
    expect(root).toBeTruthy();
  });

  it('shows three first-run steps and a sample ad while the profile is empty', async () => {
    const root = await mount();
    const steps = root.querySelector<HTMLElement>('[data-testid="onboarding"]')!;
    expect([...steps.querySelectorAll('.steps > li')].map((li) => li.querySelector('strong')!.textContent)).toEqual(['Add your skills', 'Pin the icon', 'Open a job ad']);
    expect(steps.textContent).toContain('LinkedIn');
    await handlers.addSkill('python', fromPopup);
    await settle();
    await click(button(steps, /^Compare with my skills$/));
    const result = steps.querySelector('[data-testid="sample-result"]')!.textContent!;
    expect(result).toMatch(/✓Python \(you have it\)/);
    expect(result).toMatch(/✗PyTorch \(you miss it\)/);
    // Step 1 is ticked now.
    expect(steps.querySelector('.steps > li')!.className).toBe('done');
  });

  it('shows no first-run steps to someone who has skills', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    const root = await mount();
    expect(root.querySelector('[data-testid="onboarding"]')).toBeNull();
  });
});

describe('options page: settings', () => {
  it('does not overwrite a setting the popup changed meanwhile', async () => {
    const root = await mount();
    await handlers.setSettings({ highlights: false }, fromPopup);
    await settle();
    expect(root.querySelector<HTMLInputElement>('[data-testid="setting-highlights"]')!.checked).toBe(false);
    const select = root.querySelector<HTMLSelectElement>('[data-testid="setting-badge"]')!;
    await act(async () => {
      select.value = 'lean';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(await settingsItem.getValue()).toEqual({ highlights: false, badge: 'lean' });
  });

  it('puts a setting back when the change fails', async () => {
    const root = await mount();
    send.mockRejectedValueOnce(new Error('storage is full'));
    const box = root.querySelector<HTMLInputElement>('[data-testid="setting-highlights"]')!;
    await act(async () => box.click());
    await settle();
    expect(root.querySelector<HTMLInputElement>('[data-testid="setting-highlights"]')!.checked).toBe(true);
    expect(message(root)).toMatch(/storage is full/);
  });
});

describe('options page: import, backup, damaged data', () => {
  const file = (skills: unknown[], custom: unknown[] = []): string => JSON.stringify({ skillmark: 'profile', version: 2, profile: { skills, custom } });

  it('rejects a bad import file with a clear message and changes nothing', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    const root = await mount();
    await choose(root, '{"not": "a profile"}');
    expect(message(root)).toMatch(/not a Skillmark profile/);
    expect(root.querySelector('[data-testid="import-preview"]')).toBeNull();
    expect(await profileItem.getValue()).toEqual({ skills: ['python'], custom: [] });
  });

  it('previews an import with counts, merges on request, and can bring the previous profile back', async () => {
    await profileItem.setValue({ skills: ['python', 'rust'], custom: [] });
    const root = await mount();
    await choose(root, file(['python', 'pytorch', 'quantum-basketry'], ['Basket weaving']));
    const preview = root.querySelector('[data-testid="import-preview"]')!;
    expect(preview.textContent).toMatch(/2 skills Skillmark knows, 2 kept as you wrote them \(1 not in the lexicon\).*You have 2 now/);
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'rust'], custom: [] }); // nothing yet
    await click(button(preview as HTMLElement, /^Merge with mine \(5\)$/));
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'rust', 'pytorch'], custom: ['Basket weaving', 'quantum-basketry'] });
    expect(message(root)).toMatch(/Imported: your profile now has 5 skills/);
    expect(root.querySelector('[data-testid="import-preview"]')).toBeNull();
    expect(root.querySelector('[data-testid="backup"]')!.textContent).toMatch(/2 skills/);
    await click(button(root, /^Bring back the previous profile$/));
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'rust'], custom: [] });
    expect(root.querySelector('[data-testid="chips"]')!.textContent).not.toContain('PyTorch');
  });

  it('says a failed import failed (quota), never "Imported", and keeps the profile', async () => {
    await profileItem.setValue({ skills: ['python'], custom: [] });
    const root = await mount();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (JSON.stringify(items).length > 20_000) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await choose(root, exportProfile({ skills: [], custom: Array.from({ length: 4000 }, (_, i) => `Skill number ${i}`) }));
    await click(button(root, /^Replace my skills \(4000\)$/));
    expect(message(root)).toMatch(/QUOTA_BYTES/);
    expect(message(root)).not.toMatch(/Imported/);
    expect(root.querySelector('[data-testid="message"]')!.getAttribute('role')).toBe('alert');
    expect(await profileItem.getValue()).toEqual({ skills: ['python'], custom: [] });
    expect(await profileBackupItem.getValue()).toBeNull();
    expect(root.querySelector('[data-testid="chips"]')!.textContent).toContain('Python');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const root = await mount();
    await choose(root, ' '.repeat(1_000_001));
    expect(message(root)).toMatch(/too large/);
    expect(send).not.toHaveBeenCalledWith('previewImport', expect.anything());
  });

  it('tells the user when the stored profile was damaged, and shows the copy the background kept', async () => {
    await fakeBrowser.storage.local.set({ profile: { skills: 'oops' }, profile$: { v: 2 } });
    await repairStorage();
    const root = await mount();
    expect(root.querySelector('[data-testid="damaged"]')!.textContent).toMatch(/could not be read/);
    expect(root.textContent).toContain('oops');
    await click(button(root, /^Clear these copies$/));
    expect(root.textContent).not.toContain('oops');
  });
});
