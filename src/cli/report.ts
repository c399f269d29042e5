/** The CLI's two outputs: one JSON line per ad (the measured contract) and a readable report. */
import type { Analysis, MatchResult, SectionKind } from '../analysis/types';
import { skillById } from '../analysis/lexicon';

export interface AdResult {
  id: string;
  analysis: Analysis;
  match?: MatchResult;
  /** Why no ad was found on a page. */
  reason?: string;
  board?: string | null;
}

export function toJson({ id, analysis, match, reason, board }: AdResult): string {
  const a = analysis;
  return JSON.stringify({
    id,
    found: a.found,
    title: a.title,
    text: a.text,
    lean: a.lean,
    skills: a.skills,
    mentions: a.mentions.map(({ skill, start, end }) => ({ skill, start, end })),
    ...(match && { match }),
    ...(board !== undefined && { board }),
    ...(reason && { reason }),
    ...(a.truncated && { truncated: a.truncated }),
    ...(a.unsupportedLanguage && { unsupportedLanguage: true }),
    ...(a.capped && { capped: a.capped }),
  });
}

const SECTION_TITLE: Record<SectionKind, string> = {
  required: 'Required',
  preferred: 'Nice to have',
  responsibilities: 'Responsibilities',
  intro: 'Role description',
  about: 'About the company (not counted)',
  benefits: 'Benefits (not counted)',
  legal: 'Legal / EEO (not counted)',
};

function gauge(ml: number): string {
  const width = 21;
  const pos = Math.round((1 - ml) * (width - 1));
  return 'ML [' + Array.from({ length: width }, (_, i) => (i === pos ? '●' : '─')).join('') + '] SWE';
}

const names = (ids: readonly string[]): string => ids.map((id) => skillById(id)?.name ?? id).join(', ') || '(none)';

export function toText({ id, analysis: a, match, reason }: AdResult): string {
  const out: string[] = [`== ${id}${a.title ? ` — ${a.title}` : ''}`];
  if (!a.found) {
    out.push(reason ? `No job ad found: ${reason}` : 'No job ad found: the text is empty.');
    return out.join('\n');
  }
  if (a.unsupportedLanguage) {
    out.push('This ad is not in English and names no skill Skillmark knows, so there is nothing to report.');
    return out.join('\n');
  }
  if (a.truncated) out.push(`Note: the ad was cut to its first ${a.truncated.analysedChars} of ${a.truncated.totalChars} characters.`);
  if (a.capped?.mentionsFound) out.push(`Note: only the first ${a.mentions.length} of ${a.capped.mentionsFound} skill mentions were kept.`);
  if (a.capped?.uncheckedAmbiguous) out.push(`Note: ${a.capped.uncheckedAmbiguous} ambiguous names ("Go", "Swift"...) were past the checking budget and not counted.`);
  const label = { ml: 'ML-leaning', swe: 'SWE-leaning', hybrid: 'Hybrid (ML and SWE)', none: 'Not a tech posting (or too short to tell)' }[a.lean.label];
  out.push(`Lean: ${label}  ml=${a.lean.ml.toFixed(2)}`);
  if (a.lean.role) out.push(`Role: ${a.lean.role.family === 'not-engineering' ? a.lean.role.reason : `${a.lean.role.family} — ${a.lean.role.reason}`}`);
  if (a.lean.label !== 'none') out.push(`  ${gauge(a.lean.ml)}`);
  if (a.lean.evidence.length) {
    out.push('  because: ' + a.lean.evidence.slice(0, 8).map((e) => `${e.text} ${e.weight > 0 ? '+' : ''}${e.weight.toFixed(2)}`).join(', '));
  }
  const bySection = new Map<SectionKind, string[]>();
  for (const s of a.skills) {
    const list = bySection.get(s.section) ?? [];
    list.push(s.count > 1 ? `${s.name} ×${s.count}` : s.name);
    bySection.set(s.section, list);
  }
  out.push(`Skills (${a.skills.length}):`);
  for (const kind of Object.keys(SECTION_TITLE) as SectionKind[]) {
    const list = bySection.get(kind);
    if (list) out.push(`  ${SECTION_TITLE[kind]}: ${list.join(', ')}`);
  }
  if (match) {
    out.push(`Match: ${Math.round(match.score * 100)}%`);
    out.push(`  You have: ${names(match.matched)}`);
    out.push(`  Missing:  ${names(match.missing)}`);
  }
  return out.join('\n');
}
