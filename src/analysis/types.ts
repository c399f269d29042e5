/**
 * The shapes shared by the whole analysis core. Pure data: no DOM, no extension API.
 */

/** Which kind of role a skill points to. `both` skills count for matching but not for the lean. */
export type SkillLean = 'ml' | 'swe' | 'both';

export const CATEGORIES = [
  'language',
  'ml-framework',
  'ml-concept',
  'math-statistics',
  'data-tooling',
  'data-engineering',
  'mlops',
  'web-frontend',
  'web-backend',
  'mobile',
  'database',
  'cloud',
  'devops',
  'testing',
  'architecture',
  'practice',
  'security',
  'tools',
  'systems',
  'field',
  'domain',
  'spoken-language',
  'soft-skill',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One skill as written in `lexicon/skills/*.json`. */
export interface SkillEntry {
  /** Stable, lowercase, kebab-case id: `python`, `scikit-learn`, `ci-cd`. Never renamed once shipped. */
  id: string;
  /** Display name: `scikit-learn`, `C++`, `CI/CD`. Also matched, case-insensitively unless `cased`. */
  name: string;
  category: Category;
  lean: SkillLean;
  /** How strongly the skill signals its lean, 0 (neutral) to 3 (decisive: PyTorch, React). */
  weight: number;
  /** Other spellings, matched case-insensitively (`js`, `k8s`, `postgres`, `sklearn`). */
  aliases?: string[];
  /** Spellings matched only with exactly this case (`Go`, `R`, `C`, `Spark`): for names that are also words. */
  cased?: string[];
  /** The name is also an ordinary word or letter: the tagger accepts it only in a technical context. */
  ambiguous?: boolean;
  /** Knowing this skill implies knowing these (Django implies Python). Ids. */
  implies?: string[];
  /** Broader skills (PyTorch -> deep-learning-frameworks). Ids. A profile with this skill answers those. */
  broader?: string[];
  /**
   * A word for an activity every job involves (software development, documentation, testing):
   * a requirement only where the ad asks for it as a skill ("experience in software testing").
   */
  generic?: boolean;
}

/** Where in the ad a piece of text sits. */
export type SectionKind =
  | 'intro'
  | 'responsibilities'
  | 'required'
  | 'preferred'
  | 'about'
  | 'benefits'
  | 'legal';

export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
  /** The heading text that opened the section, when there was one. */
  heading?: string;
}

/** One occurrence of a skill: UTF-16 offsets into the analysed text, end exclusive. */
export interface Mention {
  skill: string;
  start: number;
  end: number;
  section: SectionKind;
}

export interface SkillSummary {
  id: string;
  name: string;
  category: Category;
  lean: SkillLean;
  count: number;
  /** The most important section the skill was seen in (required > preferred > responsibilities > intro > ...). */
  section: SectionKind;
  /** Seen in a required section (or in responsibilities/intro of an ad without a preferred list). */
  required: boolean;
}

export type LeanLabel = 'ml' | 'swe' | 'hybrid' | 'none';

export interface Evidence {
  /** What decided: a lexicon skill, a phrase cue, or the title. */
  kind: 'skill' | 'phrase' | 'title';
  /** The skill id or cue id. */
  id: string;
  /** Human text: the skill's name or the phrase as found. */
  text: string;
  /** Signed contribution to the ML side (positive) or SWE side (negative). */
  weight: number;
  count: number;
}

export const ROLE_FAMILIES = [
  'ml-engineering',
  'data-science',
  'research',
  'ml-platform',
  'data-engineering',
  'analytics',
  'backend',
  'frontend',
  'full-stack',
  'mobile',
  'infrastructure',
  'embedded',
  'security',
  'qa',
  'other-engineering',
  'not-engineering',
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

/** What the job is: from the title, the ad's role statement ("As a Data Engineer you will"), or its skills. */
export interface Role {
  family: RoleFamily;
  /** What the user reads: "not an engineering role: recruiting", "data engineering (the ad says: Data Engineer)". */
  reason: string;
  /** Where the family came from. */
  source: 'title' | 'statement' | 'skills';
  /** The role phrase as written, when a title or statement named it. */
  text?: string;
}

export interface LeanResult {
  label: LeanLabel;
  /** 1 = clearly ML / data science, 0 = clearly software engineering. */
  ml: number;
  evidence: Evidence[];
  role: Role;
}

/**
 * What the ad asks for, as a careful reader would list it: one skill, a group of alternatives
 * ("PyTorch or TensorFlow", "one of AWS, GCP, Azure"), an education, or years of experience
 * (tied to the skills the sentence names, or to the role when it names none).
 */
export type RequirementKind = 'skill' | 'one-of' | 'education' | 'experience';

export interface Requirement {
  kind: RequirementKind;
  /** Skill ids: the skill, the group's members, the tied skills, or the degree's fields. */
  skills: string[];
  required: boolean;
  section: SectionKind;
  /** UTF-16 offsets of the words the requirement was read from, end exclusive. */
  start: number;
  end: number;
  years?: number;
  text: string;
}

/** Why a skill named in the ad is not asked of the reader. */
export type NotCountedReason =
  | 'company' // the company's own voice or blurb ("Our backend is written in Go")
  | 'benefits' // perks ("free courses on Kubernetes")
  | 'legal'
  | 'negated' // "no Java needed", "you don't need to know Rust"
  | 'name' // a company, product or team name ("Torch Technologies", "the App Store team")
  | 'collaborator' // "work with our data platform team"
  | 'tool-use' // "leverage AI tools"
  | 'generic' // an activity every job involves, not asked as a skill
  | 'duty' // a duty the role describes ("keep data quality high"), in an ad that lists its requirements
  | 'education'; // a degree's field ("MS in Statistics")

export interface NotCounted {
  skill: string;
  start: number;
  end: number;
  reason: NotCountedReason;
}

/** A group of alternatives as matched against a profile: met when any member is. */
export interface MatchGroup {
  skills: string[];
  /** Members the profile covers. */
  matched: string[];
  met: boolean;
  required: boolean;
  start: number;
  end: number;
  text: string;
}

export interface MatchResult {
  /** 0..1, weighted by section and importance; a met group counts once. */
  score: number;
  /** Skill ids the user has, most important first. */
  matched: string[];
  /** Skill ids of unmet requirements, required first, then by importance: no member of a met group, no broader skill a narrower one answers. */
  missing: string[];
  /** The groups of alternatives, met and unmet, in the ad's order. */
  groups: MatchGroup[];
}

export interface Analysis {
  /** False for empty or blank text. */
  found: boolean;
  title: string | null;
  text: string;
  lean: LeanResult;
  skills: SkillSummary[];
  mentions: Mention[];
  sections: Section[];
  /** What the ad asks for, in the ad's order. */
  requirements: Requirement[];
  /** Skills named in the ad but not asked of the reader, with why. */
  notCounted: NotCounted[];
  /** Set when the input was longer than the analysis cap and only a prefix was analysed. */
  truncated?: { analysedChars: number; totalChars: number };
  /** Set when the ad is not in English and nothing in it could be tagged: results are then empty. */
  unsupportedLanguage?: boolean;
  /**
   * Set when a safety bound cut a hostile or freak text: more than the kept mentions were found
   * (`mentionsFound`), or ambiguous names ("Go", "Swift") were left unchecked and not kept.
   */
  capped?: { mentionsFound?: number; uncheckedAmbiguous?: number };
}
