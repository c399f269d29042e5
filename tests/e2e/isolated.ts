/**
 * What Skillmark's content script knows about a page, read from its isolated world over the
 * Chrome DevTools Protocol: the page's own scripts cannot reach that world, tests can. This is how
 * the end-to-end tests see which painted skills are "matched" or "missing" now that the page itself
 * is shown nothing of the kind.
 */
import type { Page } from 'playwright-core';
import type { ContentStats } from '../../src/extension/content/index';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export async function contentStats(page: Page): Promise<ContentStats | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.name === 'Skillmark');
    if (!world) return null;
    const { result } = (await cdp.send('Runtime.evaluate', { expression: 'globalThis.__skillmarkInspect ? globalThis.__skillmarkInspect() : null', contextId: world.id, returnByValue: true })) as { result: { value: ContentStats | null } };
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Painted texts with a given status (matched / missing / other). */
export async function painted(page: Page, status: 'matched' | 'missing' | 'other'): Promise<string[]> {
  const stats = await contentStats(page);
  return (stats?.painted ?? []).filter((p) => p.status === status).map((p) => p.text);
}
