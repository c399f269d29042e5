/** The CLI's two outputs: one JSON line per ad (the measured contract) and a readable report. */
import type { Analysis, MatchResult, SectionKind, SkillSummary } from '../analysis/types';

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

/** Sections whose skills the ad asks of the reader, in the order the report lists them; the rest are not counted. */
const ASKED: readonly SectionKind[] = ['required', 'preferred', 'responsibilities', 'intro'];
const MARK = { have: '✓', lack: '✗', none: '•' } as const;

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
    // "; " between cues: a cue (a title) may hold commas.
    out.push('  because: ' + a.lean.evidence.slice(0, 8).map((e) => `${e.text} (${e.weight > 0 ? '+' : ''}${e.weight.toFixed(2)})`).join('; '));
  }
  const matched = new Set(match?.matched ?? []);
  const missing = new Set(match?.missing ?? []);
  const mark = (skillId: string): string => (!match ? MARK.none : matched.has(skillId) ? MARK.have : missing.has(skillId) ? MARK.lack : MARK.none);
  if (match) {
    const asked = a.skills.filter((s) => ASKED.includes(s.section));
    const requiredMissing = asked.filter((s) => s.required && missing.has(s.id)).length;
    out.push(`Match: ${Math.round(match.score * 100)}%  (you have ${match.matched.length} of the ${match.matched.length + match.missing.length} skills it asks for; ${requiredMissing} required missing)`);
    out.push(`  ${MARK.have} you have it   ${MARK.lack} you do not`);
  }
  out.push(`Skills (${a.skills.length}):`);
  const groups: [string, SkillSummary[]][] = [
    ['Required', a.skills.filter((s) => ASKED.includes(s.section) && s.required)],
    ['Nice to have', a.skills.filter((s) => s.section === 'preferred' && !s.required)],
    ['Also in the role', a.skills.filter((s) => (s.section === 'responsibilities' || s.section === 'intro') && !s.required)],
  ];
  for (const [title, list] of groups) {
    if (!list.length) continue;
    out.push(`  ${title} (${list.length}):`);
    for (const s of list) out.push(`    ${mark(s.id)} ${s.name}${s.count > 1 ? ` ×${s.count}` : ''}`);
  }
  const skipped = (Object.keys(SECTION_TITLE) as SectionKind[]).filter((k) => !ASKED.includes(k));
  for (const kind of skipped) {
    const list = a.skills.filter((s) => s.section === kind);
    if (list.length) out.push(`  ${SECTION_TITLE[kind]}: ${list.map((s) => s.name).join(', ')}`);
  }
  return out.join('\n');
}
