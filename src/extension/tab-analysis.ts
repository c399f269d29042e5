/**
 * The background's work for one page: analyse the ad with the user's profile, and say per mention
 * whether the user has the skill. Pure apart from its inputs: tested without a browser.
 */
import { analyze, matchProfile, resolveProfile } from '../analysis/index';
import { skillById } from '../analysis/lexicon';
import { coveredBy } from '../analysis/match';
import { JOB_SECTIONS } from '../analysis/sections';
import type { PagePayload, PageVerdict, SkillInfo, TabState } from './messages';
import type { Profile } from './storage';

/** Lexicon ids of a profile: its skills, plus its custom entries where the lexicon now knows them. */
export function profileIds(profile: Profile): string[] {
  return [...new Set([...profile.skills, ...resolveProfile(profile.custom).ids])];
}

export function analysePage(page: PagePayload, profile: Profile): { state: TabState; verdict: PageVerdict } {
  const base = { url: page.url, board: page.board, title: page.title };
  if (!page.found) return { state: { ...base, status: 'no-ad', reason: page.reason ?? 'No job ad was found on this page.' }, verdict: { mentions: [], skills: {} } };
  const analysis = analyze(page.text, { title: page.title });
  if (analysis.unsupportedLanguage) {
    return { state: { ...base, status: 'unsupported-language', reason: 'This ad is not in English and names no skill Skillmark knows.' }, verdict: { mentions: [], skills: {} } };
  }
  const ids = profileIds(profile);
  const hasProfile = ids.length > 0;
  const match = hasProfile ? matchProfile(analysis, ids) : null;
  const covered = coveredBy(ids);
  const skills: Record<string, SkillInfo> = {};
  const mentions = analysis.mentions.map((m) => {
    const s = skillById(m.skill)!;
    skills[m.skill] = { id: s.id, name: s.name, category: s.category, lean: s.lean };
    const status = covered.has(m.skill) ? 'matched' : hasProfile && JOB_SECTIONS.has(m.section) ? 'missing' : 'other';
    return { start: m.start, end: m.end, skill: m.skill, status } as const;
  });
  return {
    state: { ...base, status: 'ready', truncated: !!page.truncated || !!analysis.truncated, lean: analysis.lean, skills: analysis.skills, match, hasProfile },
    verdict: { mentions, skills },
  };
}

/** The toolbar badge for a tab: the match score, or the lean when there is no profile. */
export function badgeFor(state: TabState | null, mode: 'score' | 'lean' | 'off'): { text: string; color: string } {
  if (!state || state.status !== 'ready' || mode === 'off' || !state.lean) return { text: '', color: '#666' };
  if (mode === 'score' && state.match) return { text: `${Math.round(state.match.score * 100)}%`, color: '#1a7f37' };
  const label = { ml: 'ML', swe: 'SWE', hybrid: 'HYB', none: '' }[state.lean.label];
  return { text: label, color: state.lean.label === 'ml' ? '#8250df' : '#0969da' };
}
