/**
 * The user's profile against an ad: which of the ad's skills the user has (directly, through an
 * alias, or through the lexicon's `implies`/`broader` relations), which are missing, and a score.
 */
import { findSkill, skillById } from './lexicon';
import type { Analysis, MatchGroup, MatchResult, Requirement, SectionKind, SkillSummary } from './types';
import { JOB_SECTIONS } from './sections';

export interface ResolvedProfile {
  ids: string[];
  /** Lines that named no skill in the lexicon (kept by the caller, shown to the user). */
  unknown: string[];
}

/** Free-text profile lines ("PyTorch", "k8s", "Python, SQL") to lexicon ids. */
export function resolveProfile(lines: readonly string[]): ResolvedProfile {
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const line of lines) {
    for (const part of line.split(/[,;\n]/)) {
      const spelling = part.replace(/^[\s\-*•]+|(?<!\s)\s+$/g, ''); // trailing run from its start only: linear
      if (!spelling || spelling.startsWith('#')) continue;
      const skill = findSkill(spelling);
      if (skill) ids.add(skill.id);
      else unknown.push(spelling);
    }
  }
  return { ids: [...ids], unknown };
}

/**
 * Everything a profile covers: its skills, what they imply (Django -> Python) and the broader
 * skills they answer (PyTorch -> deep learning frameworks), transitively.
 */
export function coveredBy(profileIds: readonly string[]): Set<string> {
  const covered = new Set<string>();
  const queue = [...profileIds];
  while (queue.length) {
    const id = queue.pop()!;
    if (covered.has(id)) continue;
    covered.add(id);
    const s = skillById(id);
    if (!s) continue;
    for (const next of [...(s.implies ?? []), ...(s.broader ?? [])]) queue.push(next);
  }
  return covered;
}

/** How much a section counts: required beats preferred; the company's own text (a fallback) least. */
function sectionFactor(required: boolean, section: SectionKind): number {
  if (required) return 1;
  if (section === 'preferred') return 0.4;
  return JOB_SECTIONS.has(section) ? 0.7 : 0.35;
}

/** How much a skill counts in the score: required beats preferred; weightier skills count more. */
export function importance(s: Pick<SkillSummary, 'id' | 'required' | 'section' | 'category' | 'count'>): number {
  const weight = skillById(s.id)?.weight ?? 1;
  const soft = s.category === 'soft-skill' ? 0.3 : 1;
  return sectionFactor(s.required, s.section) * soft * (1 + 0.3 * Math.min(weight, 3)) * (1 + 0.2 * Math.log(Math.max(1, s.count)));
}

/** One thing the score counts: a skill asked alone, or a group of alternatives (met once). */
interface Unit {
  skills: string[];
  group: boolean;
  required: boolean;
  section: SectionKind;
  count: number;
  first: Requirement;
}

/** Requirements folded into units: a skill asked in several places is one unit; so is a repeated group. */
function unitsOf(requirements: readonly Requirement[]): Unit[] {
  const byKey = new Map<string, Unit>();
  for (const r of requirements) {
    if (r.kind === 'education' || r.skills.length === 0) continue;
    const group = r.kind === 'one-of' && r.skills.length > 1;
    const keys = group ? [[...r.skills].sort().join('|')] : r.skills;
    for (const key of keys) {
      const u = byKey.get(key);
      if (u) {
        u.count++;
        if (r.required && !u.required) Object.assign(u, { required: true, section: r.section });
      } else byKey.set(key, { skills: group ? r.skills : [key], group, required: r.required, section: r.section, count: 1, first: r });
    }
  }
  return [...byKey.values()];
}

/** Requirements of an analysis stored before they existed: one per job skill, as the skill list says. */
function requirementsOf(analysis: Pick<Analysis, 'skills'> & Partial<Pick<Analysis, 'requirements'>>): readonly Requirement[] {
  if (analysis.requirements) return analysis.requirements;
  return analysis.skills
    .filter((s) => JOB_SECTIONS.has(s.section))
    .map((s) => ({ kind: 'skill' as const, skills: [s.id], required: s.required, section: s.section, start: 0, end: 0, text: s.name }));
}

export function matchProfile(analysis: Pick<Analysis, 'skills'> & Partial<Pick<Analysis, 'requirements'>>, profileIds: readonly string[]): MatchResult {
  const covered = coveredBy(profileIds);
  const summary = new Map(analysis.skills.map((s) => [s.id, s]));
  const weightOf = (id: string, u: Unit): number => {
    const s = summary.get(id);
    return importance({ id, required: u.required, section: u.section, category: s?.category ?? skillById(id)?.category ?? 'tools', count: u.count });
  };
  const units = unitsOf(requirementsOf(analysis)).map((u) => {
    const have = u.skills.filter((id) => covered.has(id));
    return { ...u, have, met: have.length > 0, weight: Math.max(...u.skills.map((id) => weightOf(id, u))) };
  });
  const byRank = [...units].sort((a, b) => Number(b.required) - Number(a.required) || b.weight - a.weight || a.skills[0]!.localeCompare(b.skills[0]!));
  let have = 0;
  let total = 0;
  const matched: string[] = [];
  const missing: string[] = [];
  for (const u of byRank) {
    total += u.weight;
    if (u.met) have += u.weight;
    for (const id of u.have) if (!matched.includes(id)) matched.push(id);
    if (!u.met) for (const id of u.skills) if (!missing.includes(id)) missing.push(id);
  }
  // A member of a met group is not missing where the ad names it again less firmly ("written in Kotlin"
  // in the duties, "Kotlin or Java" in the requirements); a required skill asked on its own still is.
  const inMetGroup = new Set(units.filter((u) => u.group && u.met).flatMap((u) => u.skills));
  const requiredAlone = new Set(units.filter((u) => !u.group && u.required).flatMap((u) => u.skills));
  const missingOnly = missing.filter((id) => !covered.has(id) && (!inMetGroup.has(id) || requiredAlone.has(id)));
  const groups: MatchGroup[] = units
    .filter((u) => u.group)
    .sort((a, b) => a.first.start - b.first.start)
    .map((u) => ({ skills: u.skills, matched: u.have, met: u.met, required: u.required, start: u.first.start, end: u.first.end, text: u.first.text }));
  return { score: total ? Math.round((have / total) * 1000) / 1000 : 0, matched, missing: missingOnly, groups };
}

/**
 * The skill list as the reader should see it once matched: a skill asked only as an alternative of
 * a met group is not required.
 */
export function skillsAfterMatch(skills: readonly SkillSummary[], requirements: readonly Requirement[] | undefined, match: MatchResult): SkillSummary[] {
  if (!requirements) return [...skills];
  const metGroups = new Set(match.groups.filter((g) => g.met).map((g) => [...g.skills].sort().join('|')));
  const stillRequired = new Set<string>();
  for (const r of requirements) {
    if (!r.required || r.kind === 'education') continue;
    if (r.kind === 'one-of' && r.skills.length > 1 && metGroups.has([...r.skills].sort().join('|'))) continue;
    for (const id of r.skills) stillRequired.add(id);
  }
  return skills.map((s) => (s.required && !stillRequired.has(s.id) ? { ...s, required: false } : s));
}
