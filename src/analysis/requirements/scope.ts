/**
 * Mentions that are named in the ad but not asked of the reader: the company's own voice, names
 * of companies, products and teams, collaborators, using AI tools, and generic activities.
 */
import { skillById } from '../lexicon';
import type { Mention, NotCountedReason } from '../types';

/** A clause in the company's voice: who it is, what it built, what its systems run on. */
const COMPANY_VOICE =
  /^[\s•*\-–—]*(?:[Ww]e(?:['’]re| are) (?!looking|seeking|hiring|searching|excited|open|happy|eager|interested|keen|hoping)(?:a|an|the|one of|building|on a mission|backed|funded|proud|trusted|used|growing|based|headquartered|pioneering|creating|revolutionizing|transforming)\b|[Ww]e (?:build|built|make|develop|provide|offer|serve|help|power|have built|were founded|founded|started|run|operate)\b|[Oo]ur (?:company|platform|product|products|mission|customers|clients|backend|back-end|frontend|front-end|infrastructure|systems?|codebase|code base|services?|apps?|engine|software|technology|solution|solutions) (?:is|are|was|were|runs?|uses?|powers?|has|have|relies|serves|includes?|consists|handles|processes|spans)\b|[Aa]t [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2},? we\b|(?:[Ff]ounded|[Hh]eadquartered|[Bb]acked) (?:in|by)\b|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2} (?:helps|builds|makes|develops|provides|powers|serves)\b|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} (?:is|are) (?:a|an|the|one of)\s+(?:leading|global|fast|innovative|world|premier|rapidly|growing|venture|well|privately|publicly|trusted|top|largest|pioneer|next|\w+-backed|\w+-based|\w+-first))/;

/** Words after a capitalised name that make it a company or team name: "Torch Technologies", "Spring Health". */
const ORG_AFTER =
  /^[ \t]+(?:Health|Technologies|Technology|Tech|Labs?|Inc\b|LLC|Ltd|GmbH|AG\b|SA\b|Group|Capital|Solutions|Science|Sciences|Studios?|Games|Bank|Partners|Ventures|Foundation|Corp|Corporation|Company|Co\b|Networks|Media|Robotics|Therapeutics|Energy|Financial|Insurance|Holdings|Industries|Consulting|Digital|Security|Health\w*|Bio\w*|Pharma\w*|Motors|Systems Inc)\b/;
/** A team or organisation named after the skill: "the App Store team", "our Kubernetes squad". */
const TEAM_AFTER = /^[ \t]+(?:[A-Z][\w&-]* ){0,2}(?:team|teams|org|organi[sz]ation|division|squad|guild|tribe|department|business unit)\b/;
/** Collaborators: "work with data platform engineers", "partner with our ML researchers". */
const COLLAB_BEFORE = /\b(?:work(?:ing)?|collaborat\w*|partner(?:ing)?|together|alongside|closely|interface|liais\w*|support(?:ing)?|coordinat\w*)\s+(?:closely\s+)?(?:with\s+|alongside\s+)?(?:our\s+|the\s+|other\s+|fellow\s+|a\s+team\s+of\s+|teams?\s+of\s+|cross-functional\s+)*(?:[\w-]+\s+){0,2}$/i;
const PEOPLE_AFTER = /^[ \t]*(?:[\w-]+\s+){0,2}(?:engineers?|scientists?|analysts?|researchers?|developers?|designers?|specialists?|experts?|practitioners?|teams?|colleagues|partners|stakeholders)\b/i;
/** Using AI tools is not an AI skill: "leverage AI tools", "AI-assisted coding", "AI coding assistants". */
const TOOL_AFTER = /^[\s-]*(?:powered\s+|assisted\s+|based\s+|driven\s+|coding\s+|code\s+|productivity\s+|development\s+)?(?:tools?|tooling|assistants?|copilots?|agents? to\b|to (?:code|write|speed|boost|accelerate))/i;
const TOOL_BEFORE = /\b(?:leverag\w*|utili[sz]\w*|us(?:e|es|ing)|embrac\w*|adopt\w*|with the help of)\s+(?:modern\s+|the latest\s+|generative\s+|gen\s+)?$/i;
const TOOL_SKILLS = new Set(['artificial-intelligence', 'generative-ai', 'llm', 'llms', 'large-language-models', 'chatgpt', 'github-copilot']);
/** "Experience in software testing", "knowledge of documentation standards": a generic word asked as a skill. */
const ASKED_AS_SKILL =
  /\b(?:experience|experienced|knowledge|proficien\w*|expertise|expert|background|skills?|skilled|familiar\w*|understanding|track record|hands-on|fluen\w*)\s+(?:in|with|of|at)\s+(?:(?:modern|strong|solid|professional|software|automated|large-scale|the|a|an)\s+){0,2}$/i;

/** Role words a title line names ("Data Scientist, App Store": what follows the comma is a team or product). */
const TITLE_ROLE = /\b(?:engineer|developer|scientist|analyst|architect|manager|designer|researcher|administrator|consultant|specialist|lead|intern|programmer|sre|devops)s?\b/i;

/**
 * A mention in the ad's title line after the role and a comma or dash ("Data Scientist, App Store",
 * "MLOps Engineer - ML Platform") names the team or product, not a skill asked.
 */
export function inTitleAfterRole(text: string, m: { start: number }): boolean {
  // Only the first 90 characters can be a title line: look no further.
  if (m.start >= 90) return false;
  const head = text.slice(0, 91);
  const lineEnd = head.indexOf('\n');
  if (lineEnd < 0 && text.length > 90) return false;
  const firstLine = lineEnd < 0 ? head : head.slice(0, lineEnd);
  if (m.start >= firstLine.length || /[.!?]\s/.test(firstLine)) return false;
  const before = firstLine.slice(0, m.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(' - '), before.lastIndexOf(' – '), before.lastIndexOf(' — '), before.lastIndexOf('|'));
  return cut > 0 && TITLE_ROLE.test(before.slice(0, cut));
}

/** Categories whose names are mostly common nouns for activities and concepts ("monitoring", "data quality"). */
const CONCEPT_CATEGORIES = new Set(['practice', 'architecture', 'ml-concept', 'math-statistics', 'field', 'domain', 'data-tooling', 'devops', 'data-engineering', 'testing', 'security', 'systems', 'mlops']);

/**
 * In an ad with a requirements list, a concept written as a common noun in the duties ("keep data
 * quality high with tests and monitoring", "alerts, dashboards and on-call") describes the work;
 * named technologies there ("pipelines in dbt") still count.
 */
export function dutyOnly(text: string, m: Mention): boolean {
  const written = text.slice(m.start, m.end);
  if (written !== written.toLowerCase()) return false;
  const skill = skillById(m.skill);
  return !!skill && CONCEPT_CATEGORIES.has(skill.category) && skill.name !== skill.name.toLowerCase();
}

export function companyVoice(clause: string): boolean {
  return COMPANY_VOICE.test(clause);
}

/** Why one mention is not asked of the reader, or null when it is. `clauseStart` bounds the look back. */
export function notAskedReason(text: string, m: Mention, clauseStart: number): NotCountedReason | null {
  const name = text.slice(m.start, m.end);
  const after = text.slice(m.end, m.end + 40);
  const before = text.slice(Math.max(clauseStart, m.start - 60), m.start);
  if (/^\p{Lu}/u.test(name) && ORG_AFTER.test(after)) return 'name';
  if (TEAM_AFTER.test(after)) return 'name';
  if (PEOPLE_AFTER.test(after) && COLLAB_BEFORE.test(before)) return 'collaborator';
  if (TOOL_SKILLS.has(m.skill) && (TOOL_AFTER.test(after) || TOOL_BEFORE.test(before))) return 'tool-use';
  if (skillById(m.skill)?.generic && !ASKED_AS_SKILL.test(before)) return 'generic';
  return null;
}
