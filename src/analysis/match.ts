/**
 * The user's profile against an ad: which of the ad's skills the user has (directly, through an
 * alias, or through the lexicon's `implies`/`broader` relations), which are missing, and a score.
 */
import { findSkill, skillById } from './lexicon';
import type { Analysis, MatchResult, SkillSummary } from './types';
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

/** How much a skill counts in the score: required beats preferred; weightier skills count more. */
export function importance(s: SkillSummary): number {
  const section = s.required ? 1 : s.section === 'preferred' ? 0.4 : 0.7;
  const weight = skillById(s.id)?.weight ?? 1;
  const soft = s.category === 'soft-skill' ? 0.3 : 1;
  return section * soft * (1 + 0.3 * Math.min(weight, 3)) * (1 + 0.2 * Math.log(s.count));
}

export function matchProfile(analysis: Pick<Analysis, 'skills'>, profileIds: readonly string[]): MatchResult {
  const covered = coveredBy(profileIds);
  const asked = analysis.skills.filter((s) => JOB_SECTIONS.has(s.section));
  const ranked = [...asked].sort(
    (a, b) => Number(b.required) - Number(a.required) || importance(b) - importance(a) || a.id.localeCompare(b.id),
  );
  let have = 0;
  let total = 0;
  const matched: string[] = [];
  const missing: string[] = [];
  for (const s of ranked) {
    const w = importance(s);
    total += w;
    if (covered.has(s.id)) {
      have += w;
      matched.push(s.id);
    } else missing.push(s.id);
  }
  return { score: total ? Math.round((have / total) * 1000) / 1000 : 0, matched, missing };
}
