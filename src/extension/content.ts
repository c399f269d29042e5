/**
 * The content script's work: read the ad, ask the background to analyse it, paint the highlights,
 * and keep them right while the page changes (SPA navigation, late or repeated renders), within
 * bounds. Nothing here throws into the page: failures are reported to the background.
 */
import { extractPosting } from '../page/extract';
import { createPainter, type PaintedMention } from '../page/highlight';
import { rangeFor } from '../page/text-map';
import { createTooltip } from '../page/tooltip';
import { sendMessage, type PageVerdict } from './messages';
import { profileItem, settingsItem, loadSettings } from './storage';

/** What the content script needs from WXT's ContentScriptContext (a fake in tests). */
export interface ContentContext {
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void): void;
  setTimeout(handler: () => void, ms: number): number;
  onInvalidated(cb: () => void): void;
  readonly isValid: boolean;
}

/** Re-analyses a URL at most this often: a page that mutates forever cannot loop us. */
const MAX_RUNS_PER_URL = 20;
const DEBOUNCE_MS = 700;
const MAX_WAIT_MS = 3000;

export function startContent(ctx: ContentContext, doc: Document = document): void {
  const id = Math.random().toString(36).slice(2, 10);
  const painter = createPainter(doc, id);
  const tooltip = createTooltip(doc);
  const win = doc.defaultView!;
  let highlightsOn = true;
  let lastText = '';
  let lastUrl = '';
  let runs = 0;
  let timer: number | undefined;
  let verdict: PageVerdict | null = null;
  let painted: PaintedMention[] = [];
  let mainThreadMs = 0;

  const report = (e: unknown): void => {
    void sendMessage('reportError', `${(e as Error)?.message ?? e}`).catch(() => undefined);
  };

  const paint = (): void => {
    if (!highlightsOn) painter.clear();
    else painter.paint(painted);
  };

  async function run(force = false): Promise<void> {
    if (!ctx.isValid) return;
    const url = win.location.href;
    if (url !== lastUrl) {
      lastUrl = url;
      runs = 0;
    }
    if (runs >= MAX_RUNS_PER_URL) return;
    const t0 = win.performance.now();
    const page = extractPosting(doc, url);
    mainThreadMs = win.performance.now() - t0;
    const text = page.found ? page.text : '';
    if (!force && text === lastText && runs > 0) {
      // Same ad, re-rendered: ranges may have gone stale, so map them again without a new analysis.
      if (page.found && verdict) remap(page, verdict);
      return;
    }
    runs++;
    lastText = text;
    const payload = page.found
      ? { url, found: true, board: page.board, title: page.title, text: page.text, truncated: page.truncated }
      : { url, found: false, board: page.board, title: null, text: '', reason: page.reason };
    verdict = await sendMessage('analysePage', payload);
    if (page.found) remap(page, verdict);
    else {
      painted = [];
      paint();
    }
  }

  function remap(page: Extract<ReturnType<typeof extractPosting>, { found: true }>, v: PageVerdict): void {
    const t0 = win.performance.now();
    const map = page.textMap;
    painted = [];
    if (map) {
      for (const m of v.mentions) {
        const range = rangeFor(map, m.start, m.end);
        if (range) painted.push({ range, group: m.status, skill: m.skill });
      }
    }
    paint();
    // Main-thread cost of this page's ad (reading it, then mapping and painting): a mark the
    // page-side benchmark reads. The analysis itself ran in the background.
    const paintMs = win.performance.now() - t0;
    mainThreadMs += paintMs;
    try {
      win.performance.mark('skillmark:painted', { detail: { mainThreadMs, paintMs, mentions: painted.length, chars: page.text.length, runs } });
    } catch {
      // Old performance API: no detail support; nothing to report.
    }
  }

  // Debounced, but never starved: a page that mutates non-stop (a ticking clock) still gets a run
  // every MAX_WAIT_MS, and MAX_RUNS_PER_URL bounds the analyses.
  let firstScheduled = 0;
  const schedule = (force = false): void => {
    const now = win.performance.now();
    if (timer !== undefined) {
      if (now - firstScheduled > MAX_WAIT_MS) return;
      win.clearTimeout(timer);
    } else firstScheduled = now;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      run(force).catch(report);
    }, DEBOUNCE_MS);
  };

  // Late and repeated renders: observe, debounced; our own nodes do not count.
  const observer = new win.MutationObserver((records) => {
    if (records.every((r) => r.target === tooltip.host || (r.target as Element).closest?.('skillmark-tooltip'))) return;
    schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });

  ctx.addEventListener(win, 'wxt:locationchange', () => schedule(true));
  ctx.addEventListener(doc, 'mousemove', (e) => {
    try {
      const { clientX, clientY } = e as MouseEvent;
      const hit = highlightsOn ? painter.mentionAt(clientX, clientY) : null;
      const info = hit && verdict?.skills[hit.skill];
      if (!hit || !info) return tooltip.hide();
      tooltip.show(clientX, clientY, { ...info, status: hit.group }, () => {
        void sendMessage('addSkill', hit.skill).catch(report);
        tooltip.hide();
      });
    } catch (err) {
      report(err);
    }
  });

  const unwatchSettings = settingsItem.watch((s) => {
    highlightsOn = s?.highlights !== false;
    paint();
  });
  const unwatchProfile = profileItem.watch(() => schedule(true));

  ctx.onInvalidated(() => {
    observer.disconnect();
    unwatchSettings();
    unwatchProfile();
    painter.destroy();
    tooltip.destroy();
  });

  loadSettings()
    .then(({ settings }) => {
      highlightsOn = settings.highlights;
      return run(true);
    })
    .catch(report);
}
