/**
 * Text of an ad in, everything Skillmark knows about it out: sections, skill mentions, the
 * per-skill summary and the ML/SWE lean. Deterministic and pure.
 */
import { detectLanguage } from './language';
import { computeLean, MODEL } from './lean';
import { skillById } from './lexicon';
import { extractRequirements } from './requirements/index';
import { findRole, type RoleStatement } from './role';
import { JOB_SECTIONS, sectionAt, splitSections } from './sections';
import { scanText, type ScanCaps, type TaggedSpan } from './tagger';
import type { Analysis, LeanResult, Mention, Requirement, Section, SectionKind, SkillSummary } from './types';

export interface AnalyzeOptions {
  title?: string | null;
  /** Longer texts are cut here (the result says so): a 2 MB paste must not stall anyone. */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 200_000;

const NO_LEAN: LeanResult = { label: 'none', ml: 0.5, evidence: [], role: { family: 'not-engineering', reason: 'no job ad to read', source: 'skills' } };

/** Most telling section first: a skill seen under "Requirements" and "About us" is a requirement. */
const SECTION_RANK: SectionKind[] = ['required', 'preferred', 'responsibilities', 'intro', 'about', 'benefits', 'legal'];

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const title = options.title?.trim() || null;
  const input = typeof text === 'string' ? text : '';
  const empty: Analysis = { found: false, title, text: input, lean: NO_LEAN, skills: [], mentions: [], sections: [], requirements: [], notCounted: [] };
  if (!input.trim()) return empty;
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const analysed = input.length > max ? input.slice(0, max) : input;
  const truncated = input.length > max ? { analysedChars: max, totalChars: input.length } : undefined;
  const language = detectLanguage(analysed);
  const { sections, mentions, cues, role, capped } = analyseParts(analysed, title, language);
  // Technology names are the same in every language: only an ad with nothing to tag is unsupported.
  if (language !== 'en' && !mentions.length) return { ...empty, found: true, unsupportedLanguage: true, ...(truncated && { truncated }) };
  const { requirements, notCounted } = extractRequirements(analysed, sections, mentions);
  const skills = summarise(mentions, requirements);
  const lean = computeLean(cues, mentions, sections, title, MODEL, role);
  return { found: true, title, text: input, lean, skills, mentions, sections, requirements, notCounted, ...(truncated && { truncated }), ...(capped && { capped }) };
}

/** The pieces the lean is computed from: also what `npm run fit` learns on. */
export function analyseParts(
  text: string,
  title: string | null = null,
  language = detectLanguage(text),
): { sections: Section[]; mentions: Mention[]; cues: TaggedSpan[]; role: RoleStatement | null; capped?: ScanCaps } {
  const sections = splitSections(text);
  const scan = scanText(text);
  const mentions: Mention[] = scan.skills.map((m) => ({ ...m, section: sectionAt(sections, m.start) }));
  return { sections, mentions, cues: scan.cues, role: findRole(text, sections, title, language), ...(scan.capped && { capped: scan.capped }) };
}

/** Required: asked by a required requirement (alone, or as a member of a required group of alternatives). */
function summarise(mentions: readonly Mention[], requirements: readonly Requirement[]): SkillSummary[] {
  const requiredIds = new Set<string>();
  for (const r of requirements) if (r.required && r.kind !== 'education') for (const id of r.skills) requiredIds.add(id);
  // One pass, no copies: a skill named 27,857 times once took 68 s here.
  const bySkill = new Map<string, { count: number; seen: Set<SectionKind> }>();
  for (const m of mentions) {
    let entry = bySkill.get(m.skill);
    if (!entry) bySkill.set(m.skill, (entry = { count: 0, seen: new Set() }));
    entry.count++;
    entry.seen.add(m.section);
  }
  const out: SkillSummary[] = [];
  for (const [id, { count, seen }] of bySkill) {
    const skill = skillById(id)!;
    const section = SECTION_RANK.find((k) => seen.has(k))!;
    const required = requiredIds.has(id);
    out.push({ id, name: skill.name, category: skill.category, lean: skill.lean, count, section, required });
  }
  const rank = (s: SkillSummary): number => (JOB_SECTIONS.has(s.section) ? 0 : 2) + (s.required ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.name.localeCompare(b.name));
}
