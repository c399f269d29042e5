/**
 * How ML- or SWE-leaning an ad is: a logistic model over the ad's skills (from the lexicon) and a
 * few responsibility cues ("train models", "code reviews"), counted in the job's own sections only.
 * Fitted weights come from `npm run fit`; a skill the fit never saw falls back to its lexicon prior.
 * Features are skills and cues only, never raw words, so a source's boilerplate cannot be learnt.
 */
import { CUES } from './cues';
import fitted from './lean-weights.json';
import { skillById } from './lexicon';
import type { RoleStatement } from './role';
import { decideRole } from './role-family';
import rolesData from '../../lexicon/roles.json';
import { sectionAt } from './sections';
import type { TaggedSpan } from './tagger';
import type { Evidence, LeanLabel, LeanResult, Mention, Section, SectionKind } from './types';

/** Where a mention sits changes how much it says about the job. */
const SECTION_FACTOR: Record<SectionKind, number> = {
  required: 1,
  responsibilities: 1,
  intro: 0.8,
  preferred: 0.6,
  about: 0,
  benefits: 0,
  legal: 0,
};

export interface LeanModel {
  bias: number;
  /** Scales every lexicon prior (lean * weight) used for skills the fit did not see. */
  priorScale: number;
  weights: Record<string, number>;
  /** Fewer distinct technical skills than this in the job's sections: "none", not a tech posting. */
  noneBelow: number;
  /** Both sides at least this strong, and neither dominating, make a "hybrid". */
  hybridMin: number;
  hybridBalance: number;
  titleWeight: number;
  /** An ad that names no job needs this many distinct technical skills to count as engineering. */
  evidenceMin: number;
  /** Highest `ml` for jobs that are not ML-leaning whatever their tools (data engineering, quant development). */
  notMlCap: number;
  /** Lowest `ml` for jobs the ad itself names as ML work ("We are hiring a Data Scientist"), whatever their tools. */
  mlFamilyFloor: number;
  /** Hash of the lexicon, cues and roles the weights were fitted on (scripts/fit.ts; tests/analysis/lean-weights.test.ts). */
  inputsHash?: string;
}

export const MODEL: LeanModel = fitted as LeanModel;

/** A skill's lexicon prior: + for ML, - for SWE, 0 for both. */
export function skillPrior(id: string): number {
  const s = skillById(id);
  if (!s || s.lean === 'both') return 0;
  return (s.lean === 'ml' ? 1 : -1) * s.weight;
}
const FAMILY_PRIOR = (rolesData as unknown as { familyPriors: Record<string, number> }).familyPriors;

export function cuePrior(id: string): number {
  if (id.startsWith('role:')) return skillPrior(id.slice(5));
  if (id.startsWith('family:')) return (FAMILY_PRIOR[id.slice(7)] ?? 0) / MODEL_PRIOR_SCALE;
  const c = CUES.find((x) => x.id === id);
  return c ? (c.lean === 'ml' ? 0.3 : -0.3) : 0;
}

/**
 * Feature name -> value: `skill:<id>` and `cue:<id>`, sublinear in the count, weighted by section;
 * `cue:family:<family>` once when the ad names a specific engineering job.
 */
export function leanFeatures(cues: readonly TaggedSpan[], mentions: readonly Mention[], sections: readonly Section[], statement: RoleStatement | null = null): Map<string, number> {
  const mass = new Map<string, number>();
  for (const m of mentions) {
    const f = SECTION_FACTOR[m.section];
    if (f > 0) mass.set('skill:' + m.skill, (mass.get('skill:' + m.skill) ?? 0) + f);
  }
  for (const cue of cues) {
    const f = SECTION_FACTOR[sectionAt(sections, cue.start)];
    const key = 'cue:' + cue.skill;
    if (f > 0) mass.set(key, (mass.get(key) ?? 0) + f);
  }
  const out = new Map<string, number>();
  for (const [k, v] of mass) out.set(k, Math.log1p(v));
  if (statement?.role.kind === 'engineering' && statement.role.family !== 'generic') out.set('cue:family:' + statement.role.family, 1);
  return out;
}

/** "skill:python" -> ["skill", "python"]; "cue:role:devops" -> ["cue", "role:devops"]. */
export function splitFeature(feature: string): ['skill' | 'cue', string] {
  const at = feature.indexOf(':');
  return [feature.slice(0, at) as 'skill' | 'cue', feature.slice(at + 1)];
}

/** What the user reads for a feature: the skill's name, "Backend (role)", or the cue's phrase. */
function featureText(kind: 'skill' | 'cue', id: string): string {
  if (kind === 'skill') return skillById(id)?.name ?? id;
  if (id.startsWith('role:')) return `${skillById(id.slice(5))?.name ?? id} (in the role's name)`;
  if (id.startsWith('family:')) return `the role: ${id.slice(7).replace(/-/g, ' ')}`;
  return id.replace(/-/g, ' ');
}

export function weightOf(feature: string, model: LeanModel = MODEL): number {
  const w = model.weights[feature];
  if (w !== undefined) return w;
  const [kind, id] = splitFeature(feature);
  return model.priorScale * (kind === 'skill' ? skillPrior(id) : cuePrior(id));
}

const ML_TITLE = /machine learning|\bml\b|\bai\b|artificial intelligence|data scien|deep learning|computer vision|\bnlp\b|mlops|research scientist|\bllm/i;
const SWE_TITLE = /software|developer|back.?end|front.?end|full.?stack|\bweb\b|\bios\b|android|mobile|platform engineer|\bsre\b|devops/i;

const ML_FAMILIES: ReadonlySet<string> = new Set(['ml-engineering', 'data-science', 'research']);

/** Family priors in roles.json are on the logit scale; cue priors are scaled by priorScale in weightOf. */
const MODEL_PRIOR_SCALE = (fitted as { priorScale: number }).priorScale;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function computeLean(
  cues: readonly TaggedSpan[],
  mentions: readonly Mention[],
  sections: readonly Section[],
  title: string | null,
  model: LeanModel = MODEL,
  statement: RoleStatement | null = null,
): LeanResult {
  const features = leanFeatures(cues, mentions, sections, statement);
  let z = model.bias;
  let mlMass = 0;
  let sweMass = 0;
  const evidence: Evidence[] = [];
  // Counted once, not per feature: a filter per skill was quadratic in mentions.
  const counted = new Map<string, number>();
  for (const m of mentions) if (SECTION_FACTOR[m.section] > 0) counted.set(m.skill, (counted.get(m.skill) ?? 0) + 1);
  for (const [feature, value] of features) {
    const w = weightOf(feature, model) * value;
    if (w === 0) continue;
    z += w;
    if (w > 0) mlMass += w;
    else sweMass -= w;
    const [kind, id] = splitFeature(feature);
    const count = kind === 'skill' ? (counted.get(id) ?? 0) : Math.round(Math.expm1(value));
    evidence.push({
      kind: kind === 'skill' ? 'skill' : 'phrase',
      id,
      text: featureText(kind, id),
      weight: round(w),
      count,
    });
  }
  if (title) {
    const t = ML_TITLE.test(title) ? 1 : SWE_TITLE.test(title) ? -1 : 0;
    if (t) {
      const w = t * model.titleWeight;
      z += w;
      if (w > 0) mlMass += w;
      else sweMass -= w;
      evidence.push({ kind: 'title', id: 'title', text: title, weight: round(w), count: 1 });
    }
  }
  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  let ml = round(sigmoid(z));
  const techSkills = new Set(mentions.filter((m) => SECTION_FACTOR[m.section] > 0 && !NON_TECH.has(skillById(m.skill)?.category ?? '')).map((m) => m.skill)).size;
  const jobCues = cues.filter((c) => SECTION_FACTOR[sectionAt(sections, c.start)] > 0).map((c) => c.skill);
  const decision = decideRole(statement, mentions, jobCues, ml, model.evidenceMin);
  const family = decision.role.family;
  // Data and analytics engineering, quant development: not ML-leaning, however much ML they name.
  if (decision.notMl && family !== 'not-engineering') ml = Math.min(ml, model.notMlCap);
  // The ad says it is ML work: the role statement is the strongest single cue.
  else if (decision.explicit && !statement?.weak && ML_FAMILIES.has(family)) ml = Math.max(ml, model.mlFamilyFloor);
  let label: LeanLabel;
  if (family === 'not-engineering') label = 'none';
  else if (family === 'ml-platform' && decision.explicit) label = 'hybrid';
  else label = labelFor(ml, mlMass, sweMass, techSkills, model);
  if (decision.notMl && label === 'hybrid') label = 'swe';
  return { label, ml, evidence: evidence.slice(0, 12), role: decision.role };
}

/** Skills that make a posting technical: not spoken languages, industries, degrees or office tools. */
const NON_TECH = new Set(['spoken-language', 'domain', 'field', 'soft-skill', 'tools']);

function labelFor(ml: number, mlMass: number, sweMass: number, techSkills: number, model: LeanModel): LeanLabel {
  // Cues alone ("customers", "analysis") appear in any ad: only technical skills make it a tech posting.
  if (techSkills < model.noneBelow) return 'none';
  const lo = Math.min(mlMass, sweMass);
  const hi = Math.max(mlMass, sweMass);
  if (lo >= model.hybridMin && lo / hi >= model.hybridBalance) return 'hybrid';
  return ml >= 0.5 ? 'ml' : 'swe';
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
