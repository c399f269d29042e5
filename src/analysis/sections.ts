/**
 * Splits an ad into sections (responsibilities, required, preferred, about the company, benefits,
 * legal/EEO) from its headings, and from cue phrases where an ad has no headings ("is a plus",
 * "equal opportunity employer"). Line based: extractors keep headings and list items on lines.
 */
import type { Section, SectionKind } from './types';

/** Heading cues, checked in order: the first that matches names the section. */
const HEADING_CUES: [SectionKind, RegExp][] = [
  ['legal', /\b(?:equal (?:employment )?opportunit|eeo\b|diversity|inclusion|accommodation|privacy (?:notice|policy)|disclaimer|legal|e-verify|background check|right to work|gdpr)/i],
  ['benefits', /\b(?:benefits?|perks?|what we offer|we offer|compensation|salary|pay range|pay transparency|why (?:work|join)|what'?s in it for you|rewards|total rewards|our offer|what you(?:'ll| will) get|package)\b/i],
  ['preferred', /\b(?:preferred|nice[- ]to[- ]haves?|bonus(?: points)?|pluses|a plus|desired|desirable|ideally|good to have|extra credit|additional (?:skills|qualifications)|would be great|stand out|even better|not required)\b/i],
  ['required', /\b(?:requirements?|required|qualifications?|must[- ]haves?|what you(?:'ll)? (?:need|bring|have)|who you are|about you|you (?:have|bring|are|might be)|your (?:profile|background|skills|experience)|skills|experience|we(?:'re| are) looking for|ideal candidate|what we(?:'re| are) looking for|minimum|basic|essential|competenc|prerequisites|you should have|knowledge)/i],
  ['about', /\b(?:about (?!(?:the|this|your) (?:role|job|position|opportunity|team)|you\b)(?:us|the company|[A-Z][\w&.-]*)|who we are|our (?:company|mission|story|culture|values)|company (?:overview|description|profile|background)|why [A-Z]|life at|working at)/i],
  ['responsibilities', /\b(?:responsibilit|duties|what you(?:'ll| will)? do|the role|your role|role (?:description|overview|summary)|about the (?:role|job|position|opportunity|team)|the (?:job|position|opportunity)|job (?:description|summary|overview)|position (?:summary|overview|description)|your (?:impact|mission|day)|day[- ]to[- ]day|in this role|you will|what's the job|key (?:tasks|accountabilities)|tasks|the work|how you'?ll|overview|summary|our stack|tech stack|technologies|projects)/i],
];

/** Paragraph cues for ads without headings. */
const LEGAL_TEXT =
  /\b(?:equal (?:employment )?opportunity|without regard to|regardless of (?:race|gender|age)|protected (?:veteran|characteristic|class)|reasonable accommodation|e-verify|affirmative action|sexual orientation|gender identity|national origin|eeo\b|applicants with disabilities|privacy notice|recruitment agencies|unsolicited resumes)/i;
const BENEFITS_TEXT =
  /\b(?:401\(?k\)?|health(?:care)? insurance|medical,? dental|dental|vision insurance|paid time off|\bpto\b|parental leave|stock options|equity package|salary range|base salary|pay range|compensation package|wellness|gym membership|tuition reimbursement|paid holidays|life insurance|retirement plan|bonus scheme|annual bonus)\b|\$\s?\d{2,3}(?:,\d{3}|k)/i;
const ABOUT_TEXT =
  /^(?:[\w&.'’ -]{2,40} is (?:a|an|the) (?:leading|global|fast|innovative|world|premier|rapidly|growing|venture|well|privately|publicly|\w+-backed)|(?:we are|we're) (?:a|an|the) (?:leading|global|fast|innovative|world|premier|rapidly|growing|\w+-backed|team of|company)|founded in|our mission is|headquartered in)/i;
const PREFERRED_TEXT =
  /\b(?:is a (?:big |huge |strong )?plus|are a plus|a plus\b|nice[- ]to[- ]have|preferred|is an advantage|are an advantage|advantageous|is a bonus|bonus points|desirable|ideally|would be great|would be nice|not required|good to have|beneficial|is helpful|a strong plus|highly desired)\b/i;

/** Words a heading without a colon starts with ("What you'll do", "About us", "Nice to have"). */
const HEADING_START = new Set(
  'about what who why your our the key main core job role responsibilities responsibility duties requirements requirement qualifications qualification preferred nice bonus benefits benefit perks minimum basic required desired desirable skills skill education compensation salary how you we in day position additional must technical tech ideal essential equal eeo company pluses plus extra even good great tasks overview summary description mission values culture life working join a an ready this'.split(' '),
);

/**
 * The heading a line is, if it is one. A trailing colon, ALL CAPS or a markdown "#" make any short
 * line a heading; otherwise the line must be short, start like a heading and read like one
 * ("Experience with Go" is a list item, "Who you are" a heading).
 */
function headingText(line: string): { text: string; strong: boolean } | null {
  const t = line.replace(/^[\s#*•\-–—>|]+/, '').replace(/(?<![\s*|])[\s*|]+$/, ''); // starts only at a run: linear on 200k spaces
  if (!t || t.length > 70) return null;
  const words = t.split(/\s+/);
  if (words.length > 9) return null;
  if (/[:：]$/.test(t)) return { text: t.slice(0, -1).trim(), strong: true };
  if (/[.!?;,]$/.test(t)) return null;
  if ((/^\s*#/.test(line) || (t === t.toUpperCase() && /[A-Z]{3}/.test(t))) && words.length <= 7) return { text: t, strong: true };
  if (words.length > 6 || /\d/.test(t) || /\b(?:with|using)\b/i.test(t)) return null;
  if (!HEADING_START.has(words[0]!.toLowerCase().replace(/[^a-z]/g, ''))) return null;
  return { text: t, strong: false };
}

function classifyHeading(heading: string): SectionKind | null {
  for (const [kind, re] of HEADING_CUES) if (re.test(heading)) return kind;
  return null;
}

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
    const inline = !headingKind ? /^\s*([A-Z][\w '’/&-]{2,40}):\s+\S/.exec(line) : null;
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
    const pieces = line.length > 250 ? sentencePieces(line) : [line.length];
    let at = start;
    pieces.forEach((length, i) => {
      const piece = text.slice(at, at + length);
      const capsHeading = i > 0 || line.length > 250 ? /^\s*([A-Z][A-Z&/,' -]{3,40}[A-Z])(?::|\s+(?=[A-Z][a-z]))/.exec(piece) : null;
      // In a paragraph, "Benefits include ..." opens the benefits as a heading would.
      const perks = pieces.length > 1 ? /^\s*((?:our )?(?:benefits|perks)|we offer|what we offer|compensation)\b/i.exec(piece) : null;
      const capsKind = capsHeading ? classifyHeading(capsHeading[1]!) : perks ? 'benefits' : null;
      if (capsKind) {
        current = capsKind;
        currentHeading = (capsHeading ?? perks)![1]!;
      }
      const kind = lineKind(piece, current);
      const end = i === pieces.length - 1 ? lineEnd : at + length;
      push(kind, at, end, kind === current ? currentHeading : undefined);
      at += length;
    });
  }
  return sections;
}

/** Lengths of the sentences of a paragraph, covering it exactly ("differently.At" splits too). */
function sentencePieces(line: string): number[] {
  const out: number[] = [];
  let from = 0;
  const re = /[.!?](?:\s+|(?=[A-Z]))/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const end = m.index + m[0].length;
    if (end - from >= 20) {
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
