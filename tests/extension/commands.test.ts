/** Keyboard shortcuts handled by the background (declared in wxt.config.ts `commands`). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '../../src/extension/background';
import { sendMessage } from '../../src/extension/messages';
import { settingsItem } from '../../src/extension/storage';

vi.mock('../../src/extension/messages', async (importOriginal) => ({ ...(await importOriginal<object>()), sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
});

describe('keyboard commands', () => {
  it('toggle-highlights turns the highlights off, then on again', async () => {
    await runCommand('toggle-highlights');
    expect((await settingsItem.getValue()).highlights).toBe(false);
    await runCommand('toggle-highlights');
    expect((await settingsItem.getValue()).highlights).toBe(true);
  });

  it('show-next-skill asks the active tab to show its next skill card', async () => {
    send.mockResolvedValue(true as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42 } as never]);
    await runCommand('show-next-skill');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith('showSkill', null, 42);
  });
});
