/**
 * Which job an ad is, whatever the URL it was read at: a board's own job id where the URL holds
 * one (LinkedIn's job view or `currentJobId`, Indeed's `jk`, Greenhouse's job number, ...), else
 * the canonical URL (no tracking query, no fragment, no `www.`, no trailing slash).
 */

/** Query parameters that name the job itself: kept in the canonical URL, the rest dropped. */
const ID_PARAMS = ['jk', 'vjk', 'currentJobId', 'gh_jid', 'jobId', 'job_id', 'id', 'jid', 'jobid', 'req', 'reqId'];

const BOARD_IDS: { board: string; host: RegExp; id: (u: URL) => string | null }[] = [
  { board: 'linkedin', host: /(^|\.)linkedin\.com$/, id: (u) => u.searchParams.get('currentJobId') ?? /\/jobs\/view\/(?:[^/]*-)?(\d{5,})/.exec(u.pathname)?.[1] ?? null },
  { board: 'indeed', host: /(^|\.)indeed\.[a-z.]+$/, id: (u) => u.searchParams.get('jk') ?? u.searchParams.get('vjk') },
  { board: 'greenhouse', host: /(^|\.)greenhouse\.io$/, id: (u) => u.searchParams.get('gh_jid') ?? /\/jobs\/(\d+)/.exec(u.pathname)?.[1] ?? null },
  { board: 'lever', host: /(^|\.)lever\.co$/, id: (u) => /^\/[^/]+\/([0-9a-f-]{36})/i.exec(u.pathname)?.[1]?.toLowerCase() ?? null },
  { board: 'ashby', host: /(^|\.)ashbyhq\.com$/, id: (u) => /\/([0-9a-f-]{36})/i.exec(u.pathname)?.[1]?.toLowerCase() ?? null },
  { board: 'hackernews', host: /^news\.ycombinator\.com$/, id: (u) => (u.hash.length > 1 ? u.hash.slice(1) : u.searchParams.get('id')) },
  { board: 'glassdoor', host: /(^|\.)glassdoor\.[a-z.]+$/, id: (u) => u.searchParams.get('jl') ?? u.searchParams.get('jobListingId') },
];

export function canonicalUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.trim();
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '') || '/';
  const kept = ID_PARAMS.filter((p) => u.searchParams.has(p)).map((p) => `${p}=${u.searchParams.get(p)}`);
  return `${host}${path}${kept.length ? '?' + kept.join('&') : ''}`;
}

/** The journal's key for an ad read at `url`: `board:id` when the URL names the job, else its canonical URL. */
export function journalKey(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    for (const b of BOARD_IDS) {
      if (!b.host.test(host)) continue;
      const id = b.id(u);
      if (id && /^[\w-]{1,80}$/.test(id)) return `${b.board}:${id}`;
    }
  } catch {
    // not a URL: the text itself is the key
  }
  return canonicalUrl(url);
}
