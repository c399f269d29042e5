/**
 * The ad as requirements: each clause's skill mentions become a skill, a group of alternatives,
 * years of experience or an education; mentions the ad does not ask of the reader are set aside
 * with the reason. Pure; every window is bounded (see units.ts), and compromise parses only
 * clauses with a negative word, within a fixed budget.
 */
import { JOB_SECTIONS, PREFERRED_TEXT, sectionAt } from '../sections';
import type { Mention, NotCounted, NotCountedReason, Requirement, Section, SectionKind } from '../types';
import { flexibleMembers, groupAlternatives } from './alternatives';
import { DEGREE_WORDS, educationIn } from './education';
import { negatedIn, type NegationBudget } from './negation';
import { companyVoice, dutyOnly, inTitleAfterRole, notAskedReason } from './scope';
import { clauseEnd, clauseStart, unitsOf } from './units';
import { YEARS_WORDS, yearsIn } from './years';

export { describeEducation, type DegreeLevel } from './education';

/** compromise parses an ad may spend on negation. */
export const NEGATION_PARSES = 2;

export interface Requirements {
  requirements: Requirement[];
  notCounted: NotCounted[];
}

const SECTION_REASON: Partial<Record<SectionKind, NotCountedReason>> = { about: 'company', benefits: 'benefits', legal: 'legal' };

export function extractRequirements(text: string, sections: readonly Section[], mentions: readonly Mention[]): Requirements {
  const hasRequired = sections.some((s) => s.kind === 'required');
  const isRequired = (section: SectionKind): boolean =>
    section === 'required' || (!hasRequired && (section === 'responsibilities' || section === 'intro'));
  const requirements: Requirement[] = [];
  const notCounted: NotCounted[] = [];
  const budget: NegationBudget = { parses: NEGATION_PARSES };
  const put = (kind: Requirement['kind'], skills: string[], start: number, end: number, section: SectionKind, years?: number): void => {
    const required = isRequired(section);
    requirements.push({ kind, skills, required, section, start, end, ...(years !== undefined && { years }), text: text.slice(start, end) });
  };

  for (const unit of unitsOf(text, mentions)) {
    const ms = unit.mentions;
    const reason: (NotCountedReason | null)[] = ms.map((m) => SECTION_REASON[m.section] ?? null);
    const section = ms.find((m) => JOB_SECTIONS.has(m.section))?.section ?? ms[0]!.section;
    const jobMentions = ms.filter((m) => JOB_SECTIONS.has(m.section));

    if (jobMentions.length) {
      const voice = companyVoice(text.slice(unit.start, Math.min(unit.end, ms[0]!.start + 60)));
      const negated = negatedIn(text, unit.start, unit.end, ms, budget);
      const preferredToo = PREFERRED_TEXT.test(text.slice(unit.start, unit.end));
      ms.forEach((m, i) => {
        if (reason[i]) return;
        if (negated.has(i) && !preferredToo) reason[i] = 'negated';
        else if (voice) reason[i] = 'company';
        else if (inTitleAfterRole(text, m)) reason[i] = 'name';
        else if (hasRequired && (m.section === 'responsibilities' || m.section === 'intro') && dutyOnly(text, m)) reason[i] = 'duty';
        else reason[i] = notAskedReason(text, m, unit.start);
      });
      // Education first: its fields are not skills.
      const education = educationIn(text, unit.start, unit.end, ms);
      if (education) {
        for (const i of education.fields) if (!reason[i]) reason[i] = 'education';
        put('education', [...new Set(education.fields.map((i) => ms[i]!.skill))], education.start, education.end, section);
      }
      const counted = ms.map((_, i) => i).filter((i) => !reason[i]);
      const years = yearsIn(text, unit.start, unit.end, ms);
      const tiedTo = new Map<number, { years: number; start: number; end: number }>();
      for (const y of years) {
        const tied = y.tied.filter((i) => !reason[i]);
        for (const i of tied) tiedTo.set(i, { years: y.years, start: y.start, end: y.end });
        // Years the clause ties to no skill are asked of the role.
        if (!tied.length && (!education || y.start < education.start || y.start >= education.end)) put('experience', [], y.start, y.end, section, y.years);
      }
      // Alternatives over the clause's counted mentions.
      const kept = counted.map((i) => ms[i]!);
      const { groups, flexible } = groupAlternatives(text, unit.start, kept);
      groups.forEach((g, gi) => {
        const members = g.map((k) => counted[k]!);
        const ids = [...new Set(members.map((i) => ms[i]!.skill))];
        const first = ms[members[0]!]!;
        const last = ms[members[members.length - 1]!]!;
        const tie = members.map((i) => tiedTo.get(i)).find(Boolean);
        const start = tie ? Math.min(tie.start, first.start) : first.start;
        const choice = flexible[gi] ? flexibleMembers(ids) : ids;
        // "(AWS, GCP, Azure)": the closing bracket belongs to the group's text.
        const closed = choice.length > 1 && text[last.end] === ')' ? last.end + 1 : last.end;
        const end = tie ? Math.max(tie.end, closed) : closed;
        if (choice.length > 1) put('one-of', choice, start, end, first.section, tie?.years);
        else put(tie ? 'experience' : 'skill', ids, start, end, first.section, tie?.years);
      });
    }
    ms.forEach((m, i) => {
      const r = reason[i];
      if (r) notCounted.push({ skill: m.skill, start: m.start, end: m.end, reason: r });
    });
  }

  // Years and degrees asked in clauses that name no skill: "3+ years of professional experience".
  const covered = requirements.map((r) => [r.start, r.end] as const);
  for (const c of mentionlessClauses(text, sections, covered)) {
    const education = educationIn(text, c.start, c.end, []);
    if (education) put('education', [], education.start, education.end, c.section);
    for (const y of yearsIn(text, c.start, c.end, [])) {
      if (!education || y.start < education.start || y.start >= education.end) put('experience', [], y.start, y.end, c.section, y.years);
    }
  }

  // An ad whose own sections ask for nothing: what it says about itself, at a discount (not required).
  const asksSkills = requirements.some((r) => r.kind !== 'education' && r.skills.length > 0);
  if (!asksSkills) {
    const fallback = notCounted.filter((n) => n.reason === 'company');
    for (const n of fallback) requirements.push({ kind: 'skill', skills: [n.skill], required: false, section: 'about', start: n.start, end: n.end, text: text.slice(n.start, n.end) });
    if (fallback.length) {
      const moved = new Set(fallback);
      return { requirements: requirements.sort((a, b) => a.start - b.start), notCounted: notCounted.filter((n) => !moved.has(n)) };
    }
  }
  return { requirements: requirements.sort((a, b) => a.start - b.start), notCounted };
}

/**
 * Clauses of the job's sections that mention years or a degree but no skill, found by two linear
 * scans of the text (each clause bounded as units are).
 */
function mentionlessClauses(text: string, sections: readonly Section[], taken: readonly (readonly [number, number])[]): { start: number; end: number; section: SectionKind }[] {
  const out: { start: number; end: number; section: SectionKind }[] = [];
  const spans = [...taken].sort((a, b) => a[0] - b[0]);
  const inTaken = (at: number): boolean => {
    // Binary search over requirement spans sorted by start; spans are short, so check a few back.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (spans[k]![1] > at) return true;
    return false;
  };
  const seen = new Set<number>();
  for (const re of [YEARS_WORDS, DEGREE_WORDS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      const section = sectionAt(sections, at);
      if (!JOB_SECTIONS.has(section) || inTaken(at)) continue;
      const start = clauseStart(text, at, 0);
      if (seen.has(start)) continue;
      seen.add(start);
      out.push({ start, end: clauseEnd(text, at), section });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
