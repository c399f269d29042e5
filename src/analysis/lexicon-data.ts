/**
 * The lexicon's data files, imported statically so every bundler and Node (tsx) inline them.
 * One file per category: a new category file must be added here (the lexicon test checks it).
 */
import type { SkillEntry } from './types';
import language from '../../lexicon/skills/languages.json';

export const LEXICON_FILES: Record<string, SkillEntry[]> = {
  language: language as SkillEntry[],
};
