// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createScheduler, DEFAULT_SCHEDULE, type Needs } from '../../../src/extension/content/scheduler';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A scheduler on WXT's real ContentScriptContext, recording the runs it makes. */
function setup(work: (n: Needs) => Promise<void> = async () => undefined) {
  const ctx = new ContentScriptContext('test', { noScriptStartedPostMessage: true });
  const runs: Needs[] = [];
  const errors: unknown[] = [];
  const scheduler = createScheduler(
    async (n) => {
      runs.push(n);
      await work(n);
    },
    ctx,
    () => Date.now(),
    (e) => errors.push(e),
  );
  return { ctx, scheduler, runs, errors };
}

describe('content scheduler', () => {
  it('debounces page changes into one read', async () => {
    const { scheduler, runs } = setup();
    for (let i = 0; i < 5; i++) {
      scheduler.request('read');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(DEFAULT_SCHEDULE.debounceMs);
    expect(runs).toEqual([{ read: true, verdict: false }]);
  });

  it('never drops a profile change that arrives while the page mutates (the old scheduler lost it)', async () => {
    const { scheduler, runs } = setup();
    scheduler.request('verdict', true);
    scheduler.request('read');
    await vi.advanceTimersByTimeAsync(DEFAULT_SCHEDULE.maxWaitMs + 100);
    expect(runs.some((r) => r.verdict)).toBe(true);
  });

  it('keeps requests made while a run is in flight, and runs once more after it', async () => {
    let release!: () => void;
    const { scheduler, runs } = setup((n) => (n.read && runs.length === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve()));
    scheduler.request('read', true);
    await vi.advanceTimersByTimeAsync(DEFAULT_SCHEDULE.urgentMs + 1);
    expect(runs).toHaveLength(1);
    scheduler.request('verdict', true);
    scheduler.request('read');
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toHaveLength(1); // one at a time
    release();
    await vi.advanceTimersByTimeAsync(DEFAULT_SCHEDULE.debounceMs + 10);
    expect(runs).toEqual([{ read: true, verdict: false }, { read: true, verdict: true }]);
  });

  it('is never starved by a page that mutates non-stop', async () => {
    const { scheduler, runs } = setup();
    for (let t = 0; t < DEFAULT_SCHEDULE.maxWaitMs + 200; t += 50) {
      scheduler.request('read');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(runs.length).toBeGreaterThanOrEqual(1);
  });

  it('rations runs per page load: a page calling pushState every 800 ms for a minute gets a bounded number', async () => {
    const { scheduler, runs } = setup();
    for (let t = 0; t < 60_000; t += 800) {
      scheduler.request('read', true);
      await vi.advanceTimersByTimeAsync(800);
    }
    // A burst, then one per refill period: far fewer than the 75 the page asked for.
    const bound = DEFAULT_SCHEDULE.burst + Math.ceil(60_000 / DEFAULT_SCHEDULE.refillMs) + 1;
    expect(runs.length).toBeLessThanOrEqual(bound);
    expect(runs.length).toBeGreaterThanOrEqual(DEFAULT_SCHEDULE.burst);
  });

  it('reports a failing run and keeps working', async () => {
    let fail = true;
    const { scheduler, runs, errors } = setup(async () => {
      if (fail) throw new Error('boom');
    });
    scheduler.request('read', true);
    await vi.advanceTimersByTimeAsync(100);
    expect(errors).toHaveLength(1);
    fail = false;
    scheduler.request('read', true);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toHaveLength(2);
  });

  it('stops when its context is invalidated', async () => {
    const { ctx, scheduler, runs } = setup();
    ctx.notifyInvalidated();
    scheduler.request('read', true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toEqual([]);
  });
});
