/**
 * Alternatives: which mentions of a clause form one requirement met by any member ("Go, Java or
 * Kotlin", "AWS/Azure", "one of", "such as (A, B, C)", "Jenkins or similar"). Lists joined by
 * "and" stay separate requirements.
 */
import { skillById } from '../lexicon';
import type { Mention } from '../types';

type Link = 'and' | 'or' | 'comma' | 'example';

/** The link between two neighbouring mentions, from the text between them; null when they are not in one list. */
export function linkBetween(gap: string): Link | null {
  if (gap.length > 40) return null;
  if (/^\s*\/\s*$/.test(gap)) return 'or';
  // "cloud providers (AWS", "frontend framework such as React", "tools, e.g. Jenkins": examples of a head.
  if (/^\s*(?:[\w-]+\s+){0,2}(?:,\s*)?(?:\(|such as|e\.\s?g\.?,?|i\.\s?e\.?,?|like|for (?:example|instance),?|including|incl\.|especially|ideally|preferably|in particular|namely)[\s:(]*$/i.test(gap)) return 'example';
  const words = gap.replace(/[()[\]:•\-–]/g, ' ').trim();
  if (words === '' || words === ',' ) return 'comma';
  if (/^,?\s*(?:and\/or|or|either|nor|\/|oder|ou|o)\s*,?$/i.test(words)) return 'or';
  if (/^,?\s*(?:and|&|as well as|plus|und|et|y|en)\s*,?$/i.test(words)) return 'and';
  return null;
}

/** Words before a list that make it a choice: "one of", "at least one of", "any of", "either", "such as". */
const CHOICE_BEFORE =
  /(?:\b(?:(?:at least )?one (?:or more )?of(?: the following)?|any (?:one )?of|either|such as|e\.\s?g\.|(?<!would |'d )like|for (?:example|instance)|including|a (?:modern|major|mainstream|typed|compiled|scripting|programming|backend|frontend|functional|statically typed|jvm|cloud) (?:\w+ )?(?:language|framework|provider|platform|database|tool)s?(?: like| such as)?|eine?r? der|l'un(?:e)? des|uno de)\s*[:(]?\s*)$/i;
/** A cheap test first: words any of the choice phrases contains. */
const CHOICE_HINT = /\b(?:of|either|such|e\.\s?g|like|example|instance|including|language|framework|provider|platform|database|tool|der|des|de)\b/i;
/** After a list: "or similar", "or equivalent", "or another JVM language", "or comparable". */
const FLEX_AFTER = /^\s*(?:[,(]\s*)?(?:or|and\/or)\s+(?:a\s+|an\s+|any\s+|other\s+|another\s+)?(?:similar|equivalent|comparable|related|other|another|alternative|analogous|like)\b/i;

export interface Grouping {
  /** Each entry: indices into the clause's mentions forming one requirement (one index: a single skill). */
  groups: number[][];
  /** Per group: members added because of "or similar" (the named skill's broader skills). */
  flexible: boolean[];
}

/**
 * Groups the mentions of one clause. `text` is the whole ad; `from` the clause start. Linear in
 * the mentions.
 */
export function groupAlternatives(text: string, from: number, mentions: readonly Mention[]): Grouping {
  const n = mentions.length;
  const links: (Link | null)[] = [];
  for (let k = 1; k < n; k++) links.push(linkBetween(text.slice(mentions[k - 1]!.end, mentions[k]!.start)));
  const groups: number[][] = [];
  const flexible: boolean[] = [];
  let k = 0;
  while (k < n) {
    // A run: neighbours linked by list punctuation or connectors.
    let e = k;
    while (e + 1 < n && links[e] !== null) e++;
    const runLinks = links.slice(k, e);
    const before = text.slice(Math.max(from, mentions[k]!.start - 60), mentions[k]!.start);
    const choice = CHOICE_HINT.test(before) && CHOICE_BEFORE.test(before);
    const flex = FLEX_AFTER.test(text.slice(mentions[e]!.end, mentions[e]!.end + 40));
    const exampleAt = runLinks.indexOf('example');
    if (choice || exampleAt >= 0) {
      // Examples of a head ("cloud providers (AWS, GCP)"): head and examples are one choice.
      // Items before the head stay separate ("Python and cloud providers such as AWS or GCP").
      const headAt = exampleAt >= 0 ? k + exampleAt : k;
      if (!choice) splitRun(k, headAt - 1, runLinks.slice(0, Math.max(0, exampleAt - 1)), groups, flexible, false);
      groups.push(range(choice && exampleAt < 0 ? k : headAt, e));
      flexible.push(flex);
    } else splitRun(k, e, runLinks, groups, flexible, flex);
    k = e + 1;
  }
  return { groups, flexible };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** "A, B or C" is one choice; "A, B and C" three requirements; "A and B or C": A, then a choice of B or C. */
function splitRun(a: number, b: number, links: (Link | null)[], groups: number[][], flexible: boolean[], flex: boolean): void {
  if (b < a) return;
  const explicit = [...links].reverse().find((l) => l === 'and' || l === 'or');
  const commaIs: Link = explicit ?? 'and';
  let cur = [a];
  const close = (last: boolean): void => {
    groups.push(cur);
    flexible.push(last && flex);
  };
  for (let i = a + 1; i <= b; i++) {
    const l = links[i - a - 1] === 'comma' || links[i - a - 1] === 'example' ? commaIs : links[i - a - 1];
    if (l === 'or') cur.push(i);
    else {
      close(false);
      cur = [i];
    }
  }
  close(true);
}

/** "Jenkins or similar": the named skills and what they are instances of. */
export function flexibleMembers(ids: readonly string[]): string[] {
  const out = new Set(ids);
  for (const id of ids) for (const b of skillById(id)?.broader ?? []) out.add(b);
  return [...out];
}
