/** What a job-board adapter says about a page. */
export type AdapterResult =
  | { kind: 'ad'; roots: Element[]; title: string | null; company: string | null; location: string | null }
  | { kind: 'not-ad'; reason: string }
  | null;

export interface SiteAdapter {
  id: string;
  name: string;
  /** Match patterns of the board's pages (the extension's host permissions come from these). */
  matches: string[];
  /** This board's page: by its host, or by markers in the DOM when the URL is unknown. */
  isBoard(url: URL | null, doc: Document): boolean;
  find(doc: Document, url: URL | null): AdapterResult;
}
