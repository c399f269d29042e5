/**
 * HTML to a Document in Node (the CLI, tests), with linkedom: no scripts run, nothing is fetched.
 * The browser never loads this file; it uses its own document.
 */
import { DOMParser } from 'linkedom';
import { extractPosting, type Extraction } from './extract';

export function parseHtml(html: string): Document {
  // A fragment (no <html>) still needs a document around it.
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(whole, 'text/html') as unknown as Document;
}

export function extractFromHtml(html: string, url?: string | null): Extraction {
  return extractPosting(parseHtml(html), url);
}
