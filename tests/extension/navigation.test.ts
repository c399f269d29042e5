import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers, registerBackground } from '../../src/extension/background';
import { tabStateItem } from '../../src/extension/storage';
import { installFakeApis } from './fake-apis';

const URL = 'https://jobs.lever.co/acme/1';
const tab = { id: 21, url: URL };
const settle = () => new Promise((r) => setTimeout(r, 20));
const analyse = (url: string) => handlers.analysePage({ url, found: true, board: 'Lever', title: 'Engineer', text: 'Requirements\n- Python' }, { url, tab: { id: 21, url } });

beforeEach(() => {
  fakeBrowser.reset();
  installFakeApis();
});

describe('a tab that loads another page', () => {
  it('drops the old page\'s state (the popup must not show a stale ad), keeps it for the same page', async () => {
    registerBackground();
    await analyse(URL);
    await fakeBrowser.tabs.onUpdated.trigger(21, { status: 'loading' }, { ...tab, url: URL } as never);
    await settle();
    expect(await tabStateItem(21).getValue()).not.toBeNull();
    // Another page, or one whose address Skillmark may not see: a different page.
    await fakeBrowser.tabs.onUpdated.trigger(21, { status: 'loading' }, { id: 21 } as never);
    await settle();
    expect(await tabStateItem(21).getValue()).toBeNull();
  });
});
