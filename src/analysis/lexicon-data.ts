/**
 * The lexicon's data files, imported statically so every bundler and Node (tsx) inline them.
 * One file per category (the lexicon test checks that every file is listed here).
 */
import type { SkillEntry } from './types';
import language from '../../lexicon/skills/language.json';
import mlFramework from '../../lexicon/skills/ml-framework.json';
import mlConcept from '../../lexicon/skills/ml-concept.json';
import mathStatistics from '../../lexicon/skills/math-statistics.json';
import dataTooling from '../../lexicon/skills/data-tooling.json';
import dataEngineering from '../../lexicon/skills/data-engineering.json';
import mlops from '../../lexicon/skills/mlops.json';
import webFrontend from '../../lexicon/skills/web-frontend.json';
import webBackend from '../../lexicon/skills/web-backend.json';
import mobile from '../../lexicon/skills/mobile.json';
import database from '../../lexicon/skills/database.json';
import cloud from '../../lexicon/skills/cloud.json';
import devops from '../../lexicon/skills/devops.json';
import testing from '../../lexicon/skills/testing.json';
import architecture from '../../lexicon/skills/architecture.json';
import practice from '../../lexicon/skills/practice.json';
import security from '../../lexicon/skills/security.json';
import tools from '../../lexicon/skills/tools.json';
import systems from '../../lexicon/skills/systems.json';
import field from '../../lexicon/skills/field.json';
import domain from '../../lexicon/skills/domain.json';
import spokenLanguage from '../../lexicon/skills/spoken-language.json';
import softSkill from '../../lexicon/skills/soft-skill.json';

export const LEXICON_FILES: Record<string, SkillEntry[]> = {
  'language': language as SkillEntry[],
  'ml-framework': mlFramework as SkillEntry[],
  'ml-concept': mlConcept as SkillEntry[],
  'math-statistics': mathStatistics as SkillEntry[],
  'data-tooling': dataTooling as SkillEntry[],
  'data-engineering': dataEngineering as SkillEntry[],
  'mlops': mlops as SkillEntry[],
  'web-frontend': webFrontend as SkillEntry[],
  'web-backend': webBackend as SkillEntry[],
  'mobile': mobile as SkillEntry[],
  'database': database as SkillEntry[],
  'cloud': cloud as SkillEntry[],
  'devops': devops as SkillEntry[],
  'testing': testing as SkillEntry[],
  'architecture': architecture as SkillEntry[],
  'practice': practice as SkillEntry[],
  'security': security as SkillEntry[],
  'tools': tools as SkillEntry[],
  'systems': systems as SkillEntry[],
  'field': field as SkillEntry[],
  'domain': domain as SkillEntry[],
  'spoken-language': spokenLanguage as SkillEntry[],
  'soft-skill': softSkill as SkillEntry[],
};
