/** The CLI's two outputs: one JSON line per ad (the measured contract) and a readable report. */
import type { Analysis, MatchResult, NotCountedReason, Requirement, SectionKind, SkillSummary } from '../analysis/types';
import { skillById } from '../analysis/lexicon';
import { coveredBy, skillsAfterMatch } from '../analysis/match';
import { describeEducation } from '../analysis/requirements/index';

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
    skills: match ? skillsAfterMatch(a.skills, a.requirements, match) : a.skills,
    mentions: a.mentions.map(({ skill, start, end }) => ({ skill, start, end })),
    requirements: (a.requirements ?? []).map(({ kind, skills, required, section, start, end, years, text }) => ({
      kind,
      skills,
      required,
      section,
      start,
      end,
      ...(years !== undefined && { years }),
      text,
    })),
    ...(match && { match }),
    ...(board !== undefined && { board }),
    ...(reason && { reason }),
    ...(a.truncated && { truncated: a.truncated }),
    ...(a.unsupportedLanguage && { unsupportedLanguage: true }),
    ...(a.capped && { capped: a.capped }),
  });
}

function gauge(ml: number): string {
  const width = 21;
  const pos = Math.round((1 - ml) * (width - 1));
  return 'ML [' + Array.from({ length: width }, (_, i) => (i === pos ? '●' : '─')).join('') + '] SWE';
}

/** Sections whose skills the ad asks of the reader, in the order the report lists them; the rest are not counted. */
const ASKED: readonly SectionKind[] = ['required', 'preferred', 'responsibilities', 'intro'];
const MARK = { have: '✓', lack: '✗', none: '•' } as const;

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
    // "; " between cues: a cue (a title) may hold commas.
    out.push('  because: ' + a.lean.evidence.slice(0, 8).map((e) => `${e.text} (${e.weight > 0 ? '+' : ''}${e.weight.toFixed(2)})`).join('; '));
  }
  const matched = new Set(match?.matched ?? []);
  const missing = new Set(match?.missing ?? []);
  const mark = (skillId: string): string => (!match ? MARK.none : matched.has(skillId) ? MARK.have : missing.has(skillId) ? MARK.lack : MARK.none);
  if (match) {
    const requiredMissing = a.skills.filter((s) => ASKED.includes(s.section) && s.required && missing.has(s.id)).length;
    out.push(`Match: ${Math.round(match.score * 100)}%  (you have ${match.matched.length}; ${match.missing.length} missing, ${requiredMissing} of them required)`);
    out.push(`  ${MARK.have} you have it   ${MARK.lack} you do not`);
  }
  // Skills only named in text that is not counted are listed under "Not counted" instead.
  const asked = new Set<string>();
  for (const r of a.requirements ?? []) if (r.kind !== 'education') for (const id of r.skills) asked.add(id);
  const uncounted = new Set((a.notCounted ?? []).map((n) => n.skill));
  const shown = a.skills.filter((s) => ASKED.includes(s.section) && !(a.requirements && !asked.has(s.id) && uncounted.has(s.id)));
  out.push(`Skills (${shown.length}):`);
  const groups: [string, SkillSummary[]][] = [
    ['Required', shown.filter((s) => s.required)],
    ['Nice to have', shown.filter((s) => s.section === 'preferred' && !s.required)],
    ['Also in the role', shown.filter((s) => s.section !== 'preferred' && !s.required)],
  ];
  for (const [title, list] of groups) {
    if (!list.length) continue;
    out.push(`  ${title} (${list.length}):`);
    for (const s of list) out.push(`    ${mark(s.id)} ${s.name}${s.count > 1 ? ` ×${s.count}` : ''}`);
  }
  out.push(...requirementLines(a, match));
  return out.join('\n');
}

const REASON: Record<NotCountedReason, string> = {
  company: "the company's own text",
  benefits: 'a perk or benefit',
  legal: 'legal text',
  negated: 'the ad says it is not needed',
  name: 'a company, product or team name',
  collaborator: 'people you would work with',
  'tool-use': 'using tools, not a skill',
  generic: 'a generic activity, not asked as a skill',
  duty: 'a duty of the role; the ad lists its requirements elsewhere',
  education: "a degree's field (see Education)",
};

const LEVEL: Record<string, string> = { bachelor: "Bachelor's", master: "Master's", phd: 'PhD' };

/** One requirement as a line: "one of: PyTorch ✓ · TensorFlow", "Python (5+ years)". */
function requirementLine(r: Requirement, have: Set<string> | null): string {
  const mark = (id: string): string => (skillById(id)?.name ?? id) + (have?.has(id) ? ' ✓' : '');
  const years = r.years !== undefined ? ` (${r.years}+ years)` : '';
  if (r.kind === 'education') {
    const e = describeEducation(r.text);
    const level = e.levels.map((l) => LEVEL[l]).join(' or ') || 'A degree';
    const fields = r.skills.filter((id) => !/degree/.test(id));
    return `Education: ${level}${fields.length ? ' in ' + fields.map((id) => skillById(id)?.name ?? id).join(', ') : ''}${e.equivalentExperience ? ' (or equivalent experience)' : ''}`;
  }
  if (r.kind === 'experience' && r.skills.length === 0) return `Experience: ${r.years}+ years for the role`;
  if (r.kind === 'one-of') return `one of: ${r.skills.map(mark).join(' · ')}${years}`;
  return r.skills.map(mark).join(', ') + years;
}

/** Requirements in order, required first; then what was named but not counted, and why. */
function requirementLines(a: Analysis, match: MatchResult | undefined): string[] {
  const reqs = a.requirements ?? [];
  if (!reqs.length && !a.notCounted?.length) return [];
  const have = match ? coveredBy(match.matched) : null;
  const out: string[] = [];
  const seen = new Set<string>();
  const ordered = [...reqs.filter((r) => r.required), ...reqs.filter((r) => !r.required)];
  const lines: string[] = [];
  for (const r of ordered) {
    const line = `  ${r.required ? 'required' : 'optional'}  ${requirementLine(r, have)}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  if (lines.length) out.push(`Requirements (${lines.length}):`, ...lines);
  const byReason = new Map<NotCountedReason, Set<string>>();
  for (const n of a.notCounted ?? []) {
    if (n.reason === 'education') continue;
    byReason.set(n.reason, (byReason.get(n.reason) ?? new Set()).add(n.skill));
  }
  if (byReason.size) {
    out.push('Not counted:');
    for (const [reason, ids] of byReason) out.push(`  ${names([...ids])} — ${REASON[reason]}`);
  }
  return out;
}
