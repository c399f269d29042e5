/**
 * Splits an ad into sections (responsibilities, required, preferred, about the company, benefits,
 * legal/EEO) from its headings, and from cue phrases where an ad has no headings ("is a plus",
 * "equal opportunity employer"). Line based: extractors keep headings and list items on lines.
 */
import { classifyHeading, gluedHeadingAt, gluedHeadingStarts, startsLikeHeading } from './headings';
import type { Section, SectionKind } from './types';

/** Paragraph cues for ads without headings. */
const LEGAL_TEXT =
  /\b(?:equal (?:employment )?opportunity|without regard to|regardless of (?:race|gender|age)|protected (?:veteran|characteristic|class)|reasonable accommodation|e-verify|affirmative action|sexual orientation|gender identity|national origin|eeo\b|applicants with disabilities|privacy notice|recruitment agencies|unsolicited resumes)/i;
const BENEFITS_TEXT =
  /\b(?:401\(?k\)?|health(?:care)? insurance|medical,? dental|dental|vision insurance|paid time off|\bpto\b|parental leave|stock options|equity package|salary range|base salary|pay range|compensation package|wellness|gym membership|tuition reimbursement|paid holidays|life insurance|retirement plan|bonus scheme|annual bonus)\b|\$\s?\d{2,3}(?:,\d{3}|k)/i;
const ABOUT_TEXT =
  /^(?:[\w&.'’ -]{2,40} is (?:a|an|the) (?:leading|global|fast|innovative|world|premier|rapidly|growing|venture|well|privately|publicly|\w+-backed)|(?:we are|we're) (?:a|an|the) (?:leading|global|fast|innovative|world|premier|rapidly|growing|\w+-backed|team of|company)|founded in|our mission is|headquartered in)/i;
/** A preference marker: it makes its own item or sentence nice-to-have, not the paragraph. */
export const PREFERRED_TEXT =
  /\b(?:is a (?:big |huge |strong |real )?plus|are a (?:big |huge |strong )?plus|a plus\b|nice[- ]to[- ]have|preferred|(?:is|are|would be) an? (?:advantage|asset|bonus)|advantageous|bonus points|desirable|ideally|would be great|would be nice|good to have|beneficial|is helpful|a strong plus|highly desired|von vorteil|w(?:ü|ue)nschenswert|idealerweise|ist ein plus|un (?:plus|atout)|se valorar[aá]|deseable|is een pr[eé]|pluspunt)\b|[(\-–—]\s*(?:a\s+)?(?:big\s+|huge\s+)?(?:plus|bonus|advantage|preferred|nice to have|optional)\s*\)?\s*[.;,]?\s*$|\((?:a\s+)?(?:plus|bonus|advantage|preferred|nice to have|optional)\)/i;
/** Perks written inside the job's text ("free courses on Kubernetes", "a learning budget"). */
const PERKS_TEXT =
  /\b(?:free (?:courses?|training|access|lunch|certifications?)|(?:learning|training|education|conference|home office|equipment) budget|we (?:pay|cover) (?:for )?(?:your )?(?:courses|certifications?|training|conferences)|(?:courses|certifications?|training) (?:paid|covered) by us|stipend|reimburse)/i;

/**
 * The heading a line is, if it is one. A trailing colon, ALL CAPS or a markdown "#" make any short
 * line a heading; otherwise the line must be short, start like a heading and read like one
 * ("Experience with Go" is a list item, "Who you are" a heading). Emoji and bullets in front,
 * and a question mark at the end ("What are we looking for?"), are allowed.
 */
function headingText(line: string): { text: string; strong: boolean } | null {
  if (line.length > 120) return null;
  // The trailing run is matched only where it starts: linear on long runs of spaces.
  const t = line
    .replace(/^(?:[\s#*•·▪►▸‣◦○●■□➤➔→✓✔☑✅\-–—>|\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D)+/u, '')
    .replace(/(?<![\s*|\p{Extended_Pictographic}\uFE0F\u200D])(?:[\s*|\p{Extended_Pictographic}]|\uFE0F|\u200D)+$/u, '');
  if (!t || t.length > 70) return null;
  const words = t.split(/\s+/);
  if (words.length > 9) return null;
  if (/[:：]$/.test(t)) return { text: t.slice(0, -1).trim(), strong: true };
  const question = /\?$/.test(t);
  if (question && words.length <= 8 && startsLikeHeading(t) && !/\b(?:with|using)\b/i.test(t)) return { text: t.slice(0, -1).trim(), strong: false };
  if (/[.!?;,]$/.test(t)) return null;
  if ((/^\s*#/.test(line) || (t === t.toUpperCase() && /\p{Lu}{3}/u.test(t))) && words.length <= 7) return { text: t, strong: true };
  if (words.length > 6 || /\d/.test(t) || /\b(?:with|using|mit|avec|con|met)\b/i.test(t)) return null;
  if (!startsLikeHeading(t)) return null;
  return { text: t, strong: false };
}

/** A line that mixes sentences is judged sentence by sentence when one of them carries a marker. */
const MARKERS = new RegExp(`${PREFERRED_TEXT.source}|${PERKS_TEXT.source}`, 'i');

/** Sections covering the whole text, in order, with no gaps. */
export function splitSections(text: string): Section[] {
  const sections: Section[] = [];
  let current: SectionKind = 'intro';
  let currentHeading: string | undefined;
  let pos = 0;
  const push = (kind: SectionKind, start: number, end: number, heading?: string): void => {
    if (end <= start) return;
    const last = sections[sections.length - 1];
    if (last && last.kind === kind && last.end === start && last.heading === heading) last.end = end;
    else sections.push(heading ? { kind, start, end, heading } : { kind, start, end });
  };
  for (const line of text.split('\n')) {
    const start = pos;
    const end = pos + line.length;
    pos = end + 1;
    const lineEnd = Math.min(text.length, end + 1);
    const found = headingText(line);
    const heading = found?.text;
    const headingKind = heading ? classifyHeading(heading) : null;
    // An inline heading ("Requirements: 5 years of Go") opens the section too.
    const inline = !headingKind ? /^(?:[\s•*\-–—\p{Extended_Pictographic}]|\uFE0F)*(\p{Lu}[\p{L}\p{N} '’/&-]{2,40}):\s+\S/u.exec(line) : null;
    const inlineKind = inline ? classifyHeading(inline[1]!) : null;
    if (headingKind) {
      current = headingKind;
      currentHeading = heading!;
      push(current, start, lineEnd, currentHeading);
      continue;
    }
    if (inlineKind) {
      current = inlineKind;
      currentHeading = inline![1]!;
    }
    // A long line is a paragraph (some boards flatten a whole ad into one): judge each sentence.
    const long = line.length > 250;
    const pieces = long || (line.length > 40 && /[.!?;]\s/.test(line) && MARKERS.test(line)) ? sentencePieces(line, long) : [line.length];
    let at = start;
    pieces.forEach((length, i) => {
      const piece = text.slice(at, at + length);
      const glued = long || i > 0 ? gluedHeadingAt(piece) : null;
      const gluedKind = glued ? classifyHeading(glued.heading) : null;
      const capsHeading = !gluedKind && (i > 0 || long) ? /^\s*([A-Z][A-Z&/,' -]{3,40}[A-Z])(?::|\s+(?=[A-Z][a-z]))/.exec(piece) : null;
      // In a paragraph, "Benefits include ..." opens the benefits as a heading would.
      const perks = pieces.length > 1 ? /^\s*((?:our )?(?:benefits|perks)|we offer|what we offer|compensation)\b/i.exec(piece) : null;
      const capsKind = gluedKind ?? (capsHeading ? classifyHeading(capsHeading[1]!) : perks ? 'benefits' : null);
      if (capsKind) {
        current = capsKind;
        currentHeading = glued && gluedKind ? glued.heading : (capsHeading ?? perks)![1]!;
      }
      const kind = lineKind(piece, current);
      const end = i === pieces.length - 1 ? lineEnd : at + length;
      push(kind, at, end, kind === current ? currentHeading : undefined);
      at += length;
    });
  }
  return sections;
}

/**
 * Lengths of the sentences of a paragraph, covering it exactly ("differently.At" splits too; so
 * does a clause after ";"). In a flattened ad a glued heading starts a piece of its own.
 */
function sentencePieces(line: string, flattened: boolean): number[] {
  const cuts = new Set<number>();
  const re = /[.!?;](?:\s+|(?=[A-Z]))/g;
  for (let m = re.exec(line); m; m = re.exec(line)) cuts.add(m.index + m[0].length);
  if (flattened) for (const at of gluedHeadingStarts(line)) cuts.add(at);
  const out: number[] = [];
  let from = 0;
  for (const end of [...cuts].sort((a, b) => a - b)) {
    if (end - from >= 20 || (end - from > 0 && gluedHeadingAt(line.slice(end, end + 60)))) {
      out.push(end - from);
      from = end;
    }
  }
  if (from < line.length || out.length === 0) out.push(line.length - from);
  return out;
}

/** The section of one line: its heading's, unless the line itself says otherwise. */
function lineKind(line: string, current: SectionKind): SectionKind {
  if (current === 'legal' || current === 'benefits') return current;
  if (LEGAL_TEXT.test(line)) return 'legal';
  if ((current === 'intro' || current === 'about') && BENEFITS_TEXT.test(line)) return 'benefits';
  if (current !== 'about' && PERKS_TEXT.test(line)) return 'benefits';
  if (current === 'intro' && ABOUT_TEXT.test(line.trim())) return 'about';
  if ((current === 'required' || current === 'responsibilities' || current === 'intro') && PREFERRED_TEXT.test(line)) return 'preferred';
  return current;
}

/** The section an offset falls in (sections are sorted and cover the text). */
export function sectionAt(sections: readonly Section[], offset: number): SectionKind {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.kind;
  }
  return sections[sections.length - 1]?.kind ?? 'intro';
}

/** Sections whose skills describe the job itself (not the company, perks or legal text). */
export const JOB_SECTIONS: ReadonlySet<SectionKind> = new Set(['intro', 'responsibilities', 'required', 'preferred']);
