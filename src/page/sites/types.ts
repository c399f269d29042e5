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
  /** The URL is one of the board's pages: its match patterns, tested with WXT's MatchPattern. */
  matchesUrl(url: URL): boolean;
  /** DOM marks of the board's pages (saved pages, career sites on an employer's own domain). */
  markers?: readonly string[];
  /** This board's page: by its URL, or by markers in the DOM when the URL is unknown or the employer's own. */
  isBoard(url: URL | null, doc: Document): boolean;
  /**
   * A page of the board where a job ad can be (a job, a search with its detail pane), as opposed to
   * feeds, profiles, messages and company pages. Boards without it may hold an ad on any page.
   */
  jobPage?(url: URL): boolean;
  find(doc: Document, url: URL | null): AdapterResult;
  /**
   * The control that reveals the rest of a clamped ad (LinkedIn's "… more"), when the board renders
   * only part of it until clicked; null when the whole ad is there. The caller decides to click.
   */
  expandControl?(doc: Document, url: URL | null): Element | null;
}
