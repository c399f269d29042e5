/**
 * The role family shown beside the gauge: from the title or role statement when the ad names the
 * job, else from the kinds of skills it asks for. An ad that names no job and too few technical
 * skills is not an engineering posting. Category and skill maps are data (lexicon/roles.json).
 */
import { skillById } from './lexicon';
import type { EngineeringFamily } from './role-phrase';
import type { RoleStatement } from './role';
import rolesData from '../../lexicon/roles.json';
import type { Mention, Role, SectionKind } from './types';

interface FamilyData {
  skillFamilies: Record<string, EngineeringFamily>;
  skillFamilyOverrides: Record<string, EngineeringFamily>;
  notEvidence: string[];
  notMlTerms: string[];
  engineeringCues: string[];
}
const DATA = rolesData as unknown as FamilyData;
const NOT_EVIDENCE = new Set(DATA.notEvidence);
/** Skills that make a posting technical: not spoken languages, industries, degrees or office tools. */
const NON_TECH = new Set(['spoken-language', 'domain', 'field', 'soft-skill', 'tools', 'practice']);
const JOB: ReadonlySet<SectionKind> = new Set(['required', 'responsibilities', 'intro', 'preferred']);

const ENGINEERING_CUES = new Set(DATA.engineeringCues);

/**
 * How much says "this is an engineering job": distinct technical skills in the job's own sections,
 * plus distinct disciplines named ("our Backend team") and engineering phrases ("code reviews",
 * "data scientists", "datasets"), which data-science ads lean on more than on named tools.
 */
export function technicalEvidence(mentions: readonly Mention[], cues: readonly string[] = []): number {
  const ids = new Set<string>();
  for (const c of cues) if (c.startsWith('role:') || ENGINEERING_CUES.has(c)) ids.add('cue:' + c);
  for (const m of mentions) {
    if (!JOB.has(m.section) || NOT_EVIDENCE.has(m.skill)) continue;
    const s = skillById(m.skill);
    if (s && !NON_TECH.has(s.category)) ids.add(m.skill);
  }
  return ids.size;
}

const ML_FAMILIES: readonly EngineeringFamily[] = ['ml-engineering', 'data-science', 'research'];

/** Which family the skills point to, on the side the model chose. */
export function familyFromSkills(mentions: readonly Mention[], roleCues: readonly string[], ml: number): EngineeringFamily {
  const mass = new Map<EngineeringFamily, number>();
  const add = (f: EngineeringFamily | undefined, w: number): void => {
    if (f) mass.set(f, (mass.get(f) ?? 0) + w);
  };
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!JOB.has(m.section) || seen.has(m.skill)) continue;
    seen.add(m.skill);
    const s = skillById(m.skill);
    if (!s) continue;
    add(DATA.skillFamilyOverrides[s.id] ?? DATA.skillFamilies[s.category], 1 + s.weight / 2);
  }
  // "our Backend team", "DevOps engineers": disciplines named in the text count thrice.
  for (const id of roleCues) {
    const s = skillById(id);
    if (s) add(DATA.skillFamilyOverrides[s.id] ?? DATA.skillFamilies[s.category], 3);
  }
  const get = (f: EngineeringFamily): number => mass.get(f) ?? 0;
  if (ml >= 0.5) {
    const software = get('backend') + get('infrastructure') + get('ml-platform') + get('frontend');
    const analysis = get('data-science') + get('analytics');
    return software > analysis ? 'ml-engineering' : 'data-science';
  }
  const front = get('frontend');
  const back = get('backend');
  if (front >= 3 && back >= 3 && Math.min(front, back) >= 0.5 * Math.max(front, back)) return 'full-stack';
  let best: EngineeringFamily = 'other-engineering';
  let bestMass = 1.5;
  for (const [f, v] of mass) {
    if (ML_FAMILIES.includes(f) || f === 'ml-platform') continue;
    if (v > bestMass) {
      best = f;
      bestMass = v;
    }
  }
  return best;
}

const FAMILY_NAME: Record<EngineeringFamily, string> = {
  'ml-engineering': 'ML engineering',
  'data-science': 'data science',
  research: 'research',
  'ml-platform': 'ML platform / MLOps',
  'data-engineering': 'data engineering',
  analytics: 'analytics',
  backend: 'backend',
  frontend: 'frontend',
  'full-stack': 'full-stack',
  mobile: 'mobile',
  infrastructure: 'infrastructure / DevOps',
  embedded: 'embedded',
  security: 'security',
  qa: 'QA / testing',
  'other-engineering': 'software engineering',
};

const NOT_ML_TERM = new RegExp(`\\b(?:${DATA.notMlTerms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');

/** How many more technical skills than evidenceMin outweigh an ad's non-engineering field words. */
const INFERRED_MARGIN = 2;

export interface RoleDecision {
  role: Role;
  /** The ad names the job (title or statement), so its family is not a guess. */
  explicit: boolean;
  /** The job is of a kind that is not ML-leaning whatever its tools (data/analytics engineering, quant development). */
  notMl: boolean;
}

export function decideRole(
  statement: RoleStatement | null,
  mentions: readonly Mention[],
  jobCues: readonly string[],
  ml: number,
  evidenceMin: number,
): RoleDecision {
  const roleCues = jobCues.filter((c) => c.startsWith('role:')).map((c) => c.slice(5));
  const evidence = technicalEvidence(mentions, jobCues);
  const said = statement ? ` (${statement.source === 'title' ? 'title' : statement.inferred ? 'its words' : 'the ad says'}: ${statement.text.slice(0, 60)})` : '';
  // Field words alone (audit, tax, accounting) decide only for an ad with few technical skills.
  if (statement?.inferred && evidence >= evidenceMin + INFERRED_MARGIN) statement = null;
  // "You are a great teacher": a weak statement does not outweigh an ad full of technical skills.
  if (statement?.weak && statement.role.kind === 'not-engineering' && evidence >= evidenceMin) statement = null;
  if (statement?.role.kind === 'not-engineering') {
    return {
      role: { family: 'not-engineering', reason: `not an engineering role: ${statement.role.area}${statement.inferred ? said : ''}`, source: statement.inferred ? 'skills' : statement.source, text: statement.text },
      explicit: true,
      notMl: true,
    };
  }
  if (statement && statement.role.kind === 'engineering' && statement.role.family !== 'generic') {
    const family = statement.role.family;
    // Only when the job itself is named so ("Data Engineer", "Analytics Engineer", "Quant Developer"),
    // not when "big data" or "analytics" merely qualifies it.
    const notMl = NOT_ML_TERM.test(statement.text);
    return { role: { family, reason: FAMILY_NAME[family] + said, source: statement.source, text: statement.text }, explicit: true, notMl };
  }
  if (!statement && evidence < evidenceMin) {
    return { role: { family: 'not-engineering', reason: 'not an engineering role: it asks for almost no technical skills', source: 'skills' }, explicit: false, notMl: false };
  }
  const family = familyFromSkills(mentions, roleCues, ml);
  const reason = statement ? FAMILY_NAME[family] + said : `${FAMILY_NAME[family]} (from the skills it asks for)`;
  return { role: { family, reason, source: statement ? statement.source : 'skills', ...(statement && { text: statement.text }) }, explicit: !!statement, notMl: false };
}
