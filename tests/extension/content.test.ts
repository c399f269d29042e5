// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PagePayload, PageVerdict } from '../../src/extension/messages';

// The background is replaced by a stand-in: the test watches what the content script sends.
const sent: { type: string; data: unknown }[] = [];
let answer: (page: PagePayload) => Promise<PageVerdict> = async () => ({ mentions: [], skills: {} });
vi.mock('../../src/extension/messages', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    if (type === 'analysePage') return answer(data as PagePayload);
    return undefined;
  }),
}));

const { startContent } = await import('../../src/extension/content');

function fakeContext(): { ctx: Parameters<typeof startContent>[0]; invalidate: () => void } {
  const cleanups: (() => void)[] = [];
  return {
    ctx: {
      addEventListener: (target, type, handler) => {
        target.addEventListener(type, handler);
        cleanups.push(() => target.removeEventListener(type, handler));
      },
      setTimeout: (handler, ms) => window.setTimeout(handler, ms),
      onInvalidated: (cb) => cleanups.push(cb),
      isValid: true,
    },
    invalidate: () => cleanups.forEach((c) => c()),
  };
}

const settle = (ms = 30): Promise<void> => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  document.body.innerHTML = '<div id="jobDescriptionText"><h3>Requirements</h3><ul><li>Python and Kafka</li></ul></div>';
  window.history.replaceState({}, '', '/viewjob?jk=1');
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('content script', () => {
  it('sends the extracted ad (text only) to the background and reports nothing when all goes well', async () => {
    const { ctx, invalidate } = fakeContext();
    startContent(ctx, document);
    await settle();
    const page = sent.find((m) => m.type === 'analysePage')!.data as PagePayload;
    expect(page).toMatchObject({ found: true, text: 'Requirements\n\nPython and Kafka' });
    expect(sent.some((m) => m.type === 'reportError')).toBe(false);
    invalidate();
  });

  it('never throws into the page: a failing background becomes an error report', async () => {
    answer = async () => {
      throw new Error('background is gone');
    };
    const { ctx, invalidate } = fakeContext();
    expect(() => startContent(ctx, document)).not.toThrow();
    await settle();
    expect(sent.find((m) => m.type === 'reportError')?.data).toMatch(/background is gone/);
    invalidate();
  });

  it('leaves the page\'s text nodes as they were', async () => {
    answer = async (p) => ({ mentions: [{ start: p.text.indexOf('Kafka'), end: p.text.indexOf('Kafka') + 5, skill: 'kafka', status: 'missing' }], skills: { kafka: { id: 'kafka', name: 'Kafka', category: 'data-engineering', lean: 'swe' } } });
    const before = document.body.innerHTML;
    const { ctx, invalidate } = fakeContext();
    startContent(ctx, document);
    await settle();
    expect(document.body.innerHTML).toBe(before);
    invalidate();
  });
});
