/**
 * The background's work for one page: analyse the ad with the user's profile, and say per mention
 * whether the user has the skill. Pure apart from its inputs: tested without a browser.
 */
import type { Analysis } from '../analysis/types';
import { analyze, matchProfile, resolveProfile } from '../analysis/index';
import { skillById } from '../analysis/lexicon';
import { coveredBy } from '../analysis/match';
import { JOB_SECTIONS } from '../analysis/sections';
import { MAX_TEXT } from '../page/text-map';
import type { PagePayload, PageVerdict, SkillInfo } from './messages';
import type { Profile, TabState } from './storage';

/** Lexicon ids of a profile: its skills, plus its custom entries where the lexicon now knows them. */
export function profileIds(profile: Profile): string[] {
  return [...new Set([...profile.skills, ...resolveProfile(profile.custom).ids])];
}

/** Caps on what a page may send: a 5 MB title is cut, not stored and rendered. */
export const PAGE_LIMITS = { url: 2_048, board: 60, title: 300, reason: 300, company: 200, location: 200, text: MAX_TEXT } as const;

const capped = (v: unknown, max: number, what: string): string => {
  if (typeof v !== 'string') throw new Error(`Page payload: ${what} must be text.`);
  return v.length > max ? v.slice(0, max) : v;
};
const optional = (v: unknown, max: number, what: string): string | null => (v === null || v === undefined ? null : capped(v, max, what));

/**
 * A payload from a page, checked: types enforced (anything else is refused), lengths capped. The
 * text beyond the cap is cut and the result says so.
 */
export function checkPagePayload(data: unknown): PagePayload {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('Page payload: expected an object.');
  const d = data as Record<string, unknown>;
  if (typeof d.found !== 'boolean') throw new Error('Page payload: found must be true or false.');
  const text = capped(d.text ?? '', Number.MAX_SAFE_INTEGER, 'text');
  const reason = optional(d.reason, PAGE_LIMITS.reason, 'reason');
  return {
    url: capped(d.url, PAGE_LIMITS.url, 'url'),
    found: d.found,
    board: optional(d.board, PAGE_LIMITS.board, 'board'),
    title: optional(d.title, PAGE_LIMITS.title, 'title'),
    company: optional(d.company, PAGE_LIMITS.company, 'company'),
    location: optional(d.location, PAGE_LIMITS.location, 'location'),
    text: text.slice(0, PAGE_LIMITS.text),
    ...(reason !== null ? { reason } : {}),
    truncated: d.truncated === true || text.length > PAGE_LIMITS.text,
  };
}

/** A ready tab's match again, for a changed profile: the stored skill summary is enough (no text kept). */
export function rematch(state: TabState, profile: Profile): TabState {
  if (state.status !== 'ready' || !state.skills) return state;
  const ids = profileIds(profile);
  return { ...state, hasProfile: ids.length > 0, match: ids.length ? matchProfile({ skills: state.skills, ...(state.requirements && { requirements: state.requirements }) }, ids) : null };
}

/** Bounds on what the popup's requirement lines keep in session storage, whatever the ad's size. */
const REQUIREMENTS_KEPT = { lines: 60, chars: 160, notCounted: 40 };

/** The requirements as the popup shows them: bounded, and the ad's words only where a line needs them (education, years with no skill named). */
function popupRequirements(analysis: Pick<Analysis, 'requirements' | 'notCounted'>): Pick<TabState, 'requirements' | 'notCounted'> {
  const requirements = analysis.requirements.slice(0, REQUIREMENTS_KEPT.lines).map((r) => ({ ...r, skills: r.skills.slice(0, 12), text: r.kind === 'education' || !r.skills.length ? r.text.slice(0, REQUIREMENTS_KEPT.chars) : '' }));
  const seen = new Set<string>();
  const notCounted = analysis.notCounted.filter((n) => !seen.has(n.skill) && !!seen.add(n.skill)).slice(0, REQUIREMENTS_KEPT.notCounted);
  return { requirements, notCounted };
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
    state: {
      ...base,
      status: 'ready',
      truncated: !!page.truncated || !!analysis.truncated,
      lean: analysis.lean,
      skills: analysis.skills,
      match,
      hasProfile,
      ...popupRequirements(analysis),
    },
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
