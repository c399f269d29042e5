/**
 * The tagger's matcher as data: every tagged skill, then every lean cue phrase, compiled. Here it
 * is compiled on first use (Node: tests, the CLI, scripts). The extension's build replaces this
 * module with the same data compiled at build time (scripts/build-matcher.ts), so the service
 * worker parses a string instead of compiling thousands of spellings at each start.
 */
import { cueEntries } from './cues';
import { TAGGED_SKILLS } from './lexicon';
import { compileMatcherData, type MatcherData } from './matcher';

/** Skills first: where a cue phrase and a skill spelling coincide, the skill keeps it. */
export function matcherData(): MatcherData {
  return compileMatcherData([...TAGGED_SKILLS, ...cueEntries()]);
}
