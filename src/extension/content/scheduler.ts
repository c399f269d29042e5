/**
 * When the content script works. Requests set flags ("the page needs reading", "the verdict needs
 * asking again"); a debounced run takes the flags, so a request made while a run is in flight or
 * while the page keeps mutating is never lost, and never starves (a run at least every
 * `maxWaitMs`). One run at a time. Runs are rationed per page load, not per URL: a token bucket
 * (a burst, then one per `refillMs`) and a hard cap, so a page that mutates or calls pushState
 * forever gets a bounded number of runs.
 */

export interface SchedulerTimers {
  /** WXT's ContentScriptContext and Skillmark's Lifecycle both fit. */
  setTimeout(handler: () => void, ms: number): unknown;
  readonly isValid: boolean;
}

export interface SchedulerOptions {
  debounceMs: number;
  /** Navigation and profile changes: run soon. */
  urgentMs: number;
  maxWaitMs: number;
  burst: number;
  refillMs: number;
  maxRuns: number;
}

export const DEFAULT_SCHEDULE: SchedulerOptions = { debounceMs: 700, urgentMs: 50, maxWaitMs: 3000, burst: 10, refillMs: 6000, maxRuns: 300 };

export interface Needs {
  /** The page changed: read the ad again. */
  read: boolean;
  /** The user's profile changed: ask for the verdict again, even for the same text. */
  verdict: boolean;
}

export interface Scheduler {
  request(need: 'read' | 'verdict', urgent?: boolean): void;
  readonly runs: number;
  /** True once the page has used up its runs. */
  readonly exhausted: boolean;
}

export function createScheduler(
  work: (needs: Needs) => Promise<void>,
  timers: SchedulerTimers,
  now: () => number,
  onError: (e: unknown) => void,
  options: SchedulerOptions = DEFAULT_SCHEDULE,
): Scheduler {
  let needRead = false;
  let needVerdict = false;
  let running = false;
  let runs = 0;
  let tokens = options.burst;
  let refilledAt = now();
  // The pending timer: a newer schedule bumps the generation, so older timers do nothing.
  let generation = 0;
  let pending: 'none' | 'debounce' | 'fixed' = 'none';
  let firstRequestAt = 0;

  const refill = (): void => {
    const gained = Math.floor((now() - refilledAt) / options.refillMs);
    if (gained > 0) {
      tokens = Math.min(options.burst, tokens + gained);
      refilledAt += gained * options.refillMs;
    }
  };

  const setTimer = (delay: number): void => {
    const mine = ++generation;
    timers.setTimeout(() => {
      if (mine === generation) fire();
    }, Math.max(0, delay));
  };

  /** Urgent requests and retries run at a fixed time; mutations are debounced, within maxWaitMs. */
  const arm = (kind: 'urgent' | 'debounce' | 'retry', delay = 0): void => {
    if (pending === 'fixed') return;
    const t = now();
    if (kind === 'debounce') {
      if (pending === 'none') firstRequestAt = t;
      pending = 'debounce';
      setTimer(Math.min(options.debounceMs, firstRequestAt + options.maxWaitMs - t));
      return;
    }
    pending = 'fixed';
    setTimer(kind === 'urgent' ? options.urgentMs : delay);
  };

  const fire = (): void => {
    pending = 'none';
    if (running || !timers.isValid || (!needRead && !needVerdict)) return;
    if (runs >= options.maxRuns) return;
    refill();
    if (tokens < 1) {
      // Out of runs for now: try again when the next one is earned. Flags stay set.
      arm('retry', options.refillMs - (now() - refilledAt));
      return;
    }
    tokens--;
    runs++;
    const needs = { read: needRead, verdict: needVerdict };
    needRead = false;
    needVerdict = false;
    running = true;
    work(needs)
      .catch(onError)
      .finally(() => {
        running = false;
        if (needRead || needVerdict) arm('debounce');
      });
  };

  return {
    request(need, urgent = false) {
      if (need === 'read') needRead = true;
      else needVerdict = true;
      if (running) return;
      arm(urgent ? 'urgent' : 'debounce');
    },
    get runs() {
      return runs;
    },
    get exhausted() {
      return runs >= options.maxRuns;
    },
  };
}
