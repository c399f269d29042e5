/**
 * The public face of the analysis core: text in, skills / lean / match out.
 * Pure: runs in Node, in the service worker and in a page alike.
 */
export type * from './types';
export { analyze, type AnalyzeOptions } from './analyze';
export { matchProfile, resolveProfile, skillsAfterMatch, type ResolvedProfile } from './match';
export { describeEducation, type DegreeLevel } from './requirements/index';
export { lexicon, skillById, suggestSkills } from './lexicon';
