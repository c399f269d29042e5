/**
 * "Analyse the selected text with Skillmark": a context-menu item on any page. The click grants
 * activeTab; the selection is analysed like an ad (no highlights) and stored as the tab's state,
 * so the popup shows its match, missing skills and lean.
 */
import { browser } from 'wxt/browser';
import { PAGE_LIMITS } from './tab-analysis';

export const SELECTION_MENU_ID = 'skillmark-analyse-selection';
export const SELECTION_MENU_TITLE = 'Analyse the selected text with Skillmark';

/** The title the popup shows for a selection. */
export const SELECTION_TITLE = 'Selected text';

/** Creates the menu item (again: after an update, or a browser that forgot it). */
export async function createSelectionMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  await new Promise<void>((resolve) => {
    menus.remove(SELECTION_MENU_ID).then(resolve, resolve);
  });
  await new Promise<void>((resolve) => {
    // Errors (a duplicate id after a race) come through lastError: read it so it is not logged as unchecked.
    menus.create({ id: SELECTION_MENU_ID, title: SELECTION_MENU_TITLE, contexts: ['selection'] }, () => {
      void browser.runtime.lastError;
      resolve();
    });
  });
}

export interface SelectionClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
  frameId?: number;
}

/**
 * The selected text. The page's own selection keeps its line breaks (headings and lists help the
 * analysis), read with the click's activeTab grant; the menu's `selectionText` (whitespace
 * collapsed) when the page cannot be read (a PDF, a browser page). Capped either way.
 */
export async function selectedText(info: SelectionClick, tabId: number | undefined): Promise<{ text: string; truncated: boolean }> {
  let text = typeof info.selectionText === 'string' ? info.selectionText : '';
  if (tabId !== undefined) {
    try {
      const [first] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [info.frameId ?? 0] },
        func: () => globalThis.getSelection?.()?.toString() ?? '',
      });
      const fromPage = first?.result;
      if (typeof fromPage === 'string' && fromPage.trim()) text = fromPage;
    } catch {
      // Not readable: the menu's own copy will do.
    }
  }
  return { text: text.slice(0, PAGE_LIMITS.text), truncated: text.length > PAGE_LIMITS.text };
}
