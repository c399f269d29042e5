/**
 * schema.org JobPosting data in a page's JSON-LD scripts: arrays, @graph, several postings,
 * malformed JSON (skipped, never thrown), HTML descriptions (parsed in an inert document).
 */
import { buildTextMap } from './text-map';

export interface JobPostingData {
  title: string | null;
  company: string | null;
  location: string | null;
  /** The description as plain text. */
  text: string;
  url: string | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function isJobPosting(o: Json): boolean {
  const t = o['@type'];
  return t === 'JobPosting' || (Array.isArray(t) && t.includes('JobPosting'));
}

/** Every JobPosting object reachable from the parsed JSON (arrays and @graph, bounded). */
function collect(value: unknown, out: Json[]): void {
  const stack = [value];
  let seen = 0;
  while (stack.length && seen++ < 10_000) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) {
      if (isJobPosting(v)) out.push(v);
      else if (Array.isArray(v['@graph'])) stack.push(...v['@graph']);
    }
  }
}

/** Parsed postings per script element, kept while its text is the same: pages re-render often,
 * their JSON-LD rarely changes, and a large block should be parsed once, not on every mutation. */
const parsedScripts = new WeakMap<Element, { text: string; postings: Json[] }>();

function postingsIn(script: Element): Json[] {
  const text = script.textContent ?? '';
  const known = parsedScripts.get(script);
  if (known && known.text === text) return known.postings;
  const postings: Json[] = [];
  try {
    collect(JSON.parse(text), postings);
  } catch {
    // A broken JSON-LD block is the page's problem, not ours: skip it.
  }
  parsedScripts.set(script, { text, postings });
  return postings;
}

export function findJobPostings(doc: Document): Json[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).flatMap(postingsIn);
}

function locationOf(o: Json): string | null {
  const loc = Array.isArray(o.jobLocation) ? o.jobLocation[0] : o.jobLocation;
  if (isObject(loc) && isObject(loc.address)) {
    const a = loc.address;
    const parts = [a.addressLocality, a.addressRegion, a.addressCountry].map((p) => (isObject(p) ? str(p.name) : str(p)));
    const joined = parts.filter(Boolean).join(', ');
    if (joined) return joined;
  }
  if (o.jobLocationType === 'TELECOMMUTE') return 'Remote';
  return null;
}

/** HTML (possibly entity-escaped twice) to text, through an inert document: nothing runs, nothing is inserted. */
export function htmlToText(doc: Document, html: string): string {
  const Parser = doc.defaultView?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const parse = (markup: string): Document => new Parser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html');
  let parsed = parse(html);
  // "&lt;p&gt;Python&lt;/p&gt;": escaped (even twice) HTML decodes to markup; parse again.
  for (let round = 0; round < 2; round++) {
    const text = parsed.body?.textContent ?? '';
    if (!/<\/?(?:p|li|ul|ol|br|div|strong|b|em|h\d)\b|&lt;\/?(?:p|li|ul|br|div)\b/i.test(text)) break;
    parsed = parse(text);
  }
  return parsed.body ? buildTextMap([parsed.body]).text : '';
}

const postingData = new WeakMap<Json, JobPostingData>();

/** The posting's fields; computed once per parsed posting (see parsedScripts). */
export function toPostingData(doc: Document, o: Json): JobPostingData {
  const known = postingData.get(o);
  if (known) return known;
  const data = readPosting(doc, o);
  postingData.set(o, data);
  return data;
}

function readPosting(doc: Document, o: Json): JobPostingData {
  const org = o.hiringOrganization;
  return {
    title: str(o.title),
    company: isObject(org) ? str(org.name) : str(org),
    location: locationOf(o),
    text: typeof o.description === 'string' ? htmlToText(doc, o.description) : '',
    url: str(o.url),
  };
}
