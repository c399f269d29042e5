/**
 * The content script's work: read the ad, ask the background to analyse it, paint, and keep it
 * right while the page changes, within bounds. Wiring only: reading is src/page/extract, the
 * schedule scheduler.ts, what to watch ad-watcher.ts, painting src/page/{highlight,overlay,card}.
 *
 * Privacy: what the page can observe (the one neutral highlight, its ranges, one empty host
 * element) depends only on the page's own text and the public lexicon. Have / lack lives in the
 * closed shadow layer and in this isolated world. Nothing here throws into the page: failures are
 * reported to the background.
 */
import { extractPosting, type Extraction } from '../../page/extract';
import { CARD_CSS, createCard, type CardInfo } from '../../page/card';
import { createPainter } from '../../page/highlight';
import { watchHover, type HoverTarget } from '../../page/hover';
import { createOverlay, OVERLAY_CSS } from '../../page/overlay';
import { planPaint } from '../../page/paint-plan';
import { createShadowLayer } from '../../page/shadow-layer';
import { isBoardUrl, mayHoldJobAd, strongJobAd } from '../../page/job-signals';
import { pageWorkAllowed } from '../../page/sites/index';
import { rangeFor } from '../../page/text-map';
import { onMessage, sendMessage, type PagePayload, type PageVerdict } from '../messages';
import { loadSettings, profileItem, settingsItem } from '../storage';
import { watchAd } from './ad-watcher';
import type { Lifecycle } from './lifecycle';
import { createScheduler } from './scheduler';

type Found = Extract<Extraction, { found: true }>;

/** What the content script knows about itself, for tests and the page-side benchmark. Kept in
 * this isolated world: the page's scripts cannot read it. */
export interface ContentStats {
  runs: number;
  analyses: number;
  readMs: number;
  paintMs: number;
  /** Round trip of the last analysis request to the background (a stopped worker starts within it). */
  askMs: number;
  /** When the last highlights were painted, in ms since the page's navigation started. */
  paintedAt: number;
  painted: { text: string; skill: string; status: string }[];
  highlightName: string;
  exhausted: boolean;
}

export interface ContentHandle {
  stats(): ContentStats;
}

const urlOf = (href: string): URL | null => {
  try {
    return new URL(href);
  } catch {
    return null;
  }
};

export function startContent(life: Lifecycle, doc: Document = document): ContentHandle {
  const win = doc.defaultView!;
  const perf = win.performance;
  const now = perf.now.bind(perf);
  const id = Math.random().toString(36).slice(2, 10);
  const layer = createShadowLayer(doc, OVERLAY_CSS + CARD_CSS);
  const painter = createPainter(doc, id);
  const overlay = createOverlay(layer, life.frame);
  const card = createCard(layer, now);

  let highlightsOn = true;
  let page: Found | null = null;
  let verdict: PageVerdict | null = null;
  let targets: HoverTarget[] = [];
  let planKey = '';
  let lastNoAdKey = '';
  /** The page the user asked about ("Analyse this page anyway"): read fully, answered even when there is no ad. */
  let askedHref: string | null = null;
  let analyses = 0;
  let readMs = 0;
  let paintMs = 0;
  let askMs = 0;
  let paintedAt = 0;

  const report = (e: unknown): void => {
    void sendMessage('reportError', `${(e as Error)?.message ?? e}`.slice(0, 500)).catch(() => undefined);
  };

  const show = (): void => {
    if (!highlightsOn) {
      painter.clear();
      overlay.setMarks([]);
      return;
    }
    painter.paint(targets.map((t) => t.range));
    overlay.setMarks(targets.map((t) => ({ range: t.range, status: t.info.status })));
  };

  const clearAll = (): void => {
    page = null;
    verdict = null;
    targets = [];
    planKey = '';
    card.hide();
    show();
  };

  /** Mentions to ranges and statuses. The registry is touched only when the painted set changes. */
  function apply(found: Found, v: PageVerdict, reread: boolean): void {
    const t0 = now();
    const plan = planPaint(found.text, v.mentions);
    const key = plan.map((m) => `${m.start}:${m.end}:${m.skill}`).join(',');
    const map = found.textMap;
    const next: HoverTarget[] = [];
    if (map) {
      for (const m of plan) {
        const range = rangeFor(map, m.start, m.end);
        const skill = v.skills[m.skill];
        if (range && skill) next.push({ range, skill: m.skill, info: { name: skill.name, category: skill.category, lean: skill.lean, status: m.status } satisfies CardInfo });
      }
    }
    targets = next;
    if (reread || key !== planKey) {
      planKey = key;
      show();
    } else if (highlightsOn) {
      // Same ranges, new statuses (the profile changed): only the shadow layer changes.
      overlay.setMarks(targets.map((t) => ({ range: t.range, status: t.info.status })));
    }
    paintedAt = now();
    paintMs = paintedAt - t0;
  }

  async function work(needs: { read: boolean; verdict: boolean }): Promise<void> {
    const href = win.location.href;
    if (!pageWorkAllowed(urlOf(href))) {
      watcher.disconnect();
      if (page || targets.length) clearAll();
      return;
    }
    let current = page;
    let reread = false;
    // Outside the boards (the user's "every site" opt-in), a page that shows no job ad gets
    // nothing: no message, no paint, and only a cheap watch for job data arriving.
    const quiet = askedHref !== href && !isBoardUrl(urlOf(href));
    if (needs.read || !current) {
      // Read after the browser's next frame: its own style and layout are then done, and reading
      // (which checks what is visible) does not force them early on the page's main thread.
      await afterNextPaint();
      const t0 = now();
      const extraction = quiet && !mayHoldJobAd(doc, urlOf(href)) ? null : extractPosting(doc, href);
      readMs = now() - t0;
      if (quiet && (!extraction || !strongJobAd(extraction))) {
        watcher.watch(null, { quiet: true });
        if (page || targets.length) {
          // The ad this tab showed is gone (a single-page app moved on): say so once.
          clearAll();
          await sendMessage('analysePage', { url: href, found: false, board: null, title: null, text: '', reason: 'No job ad was found on this page.' });
        }
        return;
      }
      if (!extraction) return;
      watcher.watch(extraction.found ? extraction.roots : null);
      if (!extraction.found) {
        if (page || targets.length) clearAll();
        const key = `${href}\n${extraction.reason}`;
        if (key === lastNoAdKey) return;
        lastNoAdKey = key;
        await sendMessage('analysePage', { url: href, found: false, board: extraction.board, title: null, text: '', reason: extraction.reason });
        return;
      }
      lastNoAdKey = '';
      reread = true;
      // The same ad re-rendered: map the old verdict onto the new nodes, no new analysis.
      if (!needs.verdict && verdict && page && extraction.text === page.text) {
        page = extraction;
        apply(extraction, verdict, true);
        return;
      }
      current = extraction;
    }
    const payload: PagePayload = { url: href, found: true, board: current.board, title: current.title, company: current.company, location: current.location, text: current.text, truncated: current.truncated };
    analyses++;
    const asked = now();
    const answer = await sendMessage('analysePage', payload);
    askMs = now() - asked;
    // A newer request from this tab replaced this one: its answer is the one to paint.
    if (answer.superseded) return;
    // A newer read may have replaced the page while we waited: its own run will answer for it.
    if (page && page !== current && !reread) return;
    page = current;
    verdict = answer;
    apply(current, answer, reread);
  }

  const afterNextPaint = (): Promise<void> => new Promise((resolve) => life.frame(() => life.setTimeout(resolve, 0)));

  const scheduler = createScheduler(work, life, now, report);
  const watcher = watchAd(doc, life, layer.host, (urgent) => scheduler.request('read', urgent));

  watchHover({
    doc,
    card,
    host: layer.host,
    targets: () => (highlightsOn ? targets : []),
    roots: () => page?.roots ?? [],
    onHave: (skill) => void sendMessage('addSkill', skill).catch(report),
    on: life.on,
    frame: life.frame,
    setTimeout: life.setTimeout,
    clearTimeout: life.clearTimeout,
  });
  // Back to this page from the browser's cache: the tab's state was cleared when it left.
  life.on(win, 'pageshow', (e) => {
    if (!(e as PageTransitionEvent).persisted) return;
    lastNoAdKey = '';
    scheduler.request('verdict', true);
  });
  const relayout = (): void => overlay.refresh();
  life.on(doc, 'scroll', relayout, { capture: true, passive: true });
  life.on(win, 'resize', relayout, { passive: true });

  const unwatchSettings = settingsItem.watch((s) => {
    highlightsOn = s?.highlights !== false;
    if (!highlightsOn) card.hide();
    show();
  });
  const unwatchProfile = profileItem.watch(() => scheduler.request('verdict', true));
  /** The keyboard's way to the card: scroll the mention into view, show its card, focus it. */
  let cursor = -1;
  onMessage('showSkill', ({ data: skill }) => {
    const list = highlightsOn ? targets : [];
    const at = skill === null ? (cursor + 1) % Math.max(list.length, 1) : list.findIndex((t) => t.skill === skill);
    const target = list[at];
    if (!target) return false;
    cursor = at;
    try {
      target.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      card.show(target.range.getBoundingClientRect(), target.info, () => {
        void sendMessage('addSkill', target.skill).catch(report);
        card.hide();
      });
      card.focus();
      return true;
    } catch (e) {
      report(e);
      return false;
    }
  });
  onMessage('contentPing', () => {
    // The user asked: read fully, answer even when nothing changed (the popup waits for it).
    askedHref = win.location.href;
    lastNoAdKey = '';
    scheduler.request('read', true);
    scheduler.request('verdict', true);
    return true;
  });

  life.onInvalidated(() => {
    unwatchSettings();
    unwatchProfile();
    painter.destroy();
    overlay.destroy();
    layer.destroy();
  });

  loadSettings()
    .then(({ settings }) => {
      highlightsOn = settings.highlights;
      scheduler.request('read', true);
    })
    .catch(report);

  return {
    stats: () => ({
      runs: scheduler.runs,
      analyses,
      readMs,
      paintMs,
      askMs,
      paintedAt,
      painted: targets.map((t) => ({ text: t.range.toString(), skill: t.skill, status: t.info.status })),
      highlightName: painter.name,
      exhausted: scheduler.exhausted,
    }),
  };
}
