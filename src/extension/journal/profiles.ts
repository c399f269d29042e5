/**
 * Named profiles ("ML", "Backend"), one active. The active one is the profile every part of
 * Skillmark already reads (`local:profile`); the others wait in `local:profiles` by name.
 * Switching swaps them through the profile writer (the one writer of the profile). Also: which
 * profile fits a tab's ad best, and where a profile stands itself (its lean and role family,
 * from the same model as the ads).
 */
import { computeLean } from '../../analysis/lean';
import { matchProfile } from '../../analysis/match';
import type { Mention, SectionKind } from '../../analysis/types';
import { changeProfile, checkedProfile, createQueue } from '../profile-writer';
import { DEFAULT_PROFILE_NAME, EMPTY_PROFILE, profileSetItem, readProfile, tabStateItem, type Profile, type ProfileSet } from '../storage';
import { profileIds } from '../tab-analysis';

export const MAX_PROFILES = 12;
const MAX_NAME = 40;

export function validateProfileSet(raw: unknown): ProfileSet {
  const v = raw && typeof raw === 'object' ? (raw as Partial<ProfileSet>) : {};
  const active = typeof v.active === 'string' && v.active.trim() ? v.active : DEFAULT_PROFILE_NAME;
  const others: Record<string, Profile> = {};
  if (v.others && typeof v.others === 'object') {
    for (const [name, p] of Object.entries(v.others)) {
      if (name === active) continue;
      try {
        others[name] = checkedProfile(p);
      } catch {
        // a damaged entry is left out of the list, not thrown at the page
      }
    }
  }
  return { active, others };
}

const serial = createQueue();

async function readSet(): Promise<ProfileSet> {
  return validateProfileSet(await profileSetItem.getValue());
}

function checkName(name: unknown, set: ProfileSet): string {
  if (typeof name !== 'string' || !name.trim()) throw new Error('Give the profile a name.');
  const n = name.trim().slice(0, MAX_NAME);
  if (n === set.active || Object.hasOwn(set.others, n)) throw new Error(`There is already a profile called "${n}".`);
  return n;
}

export interface ProfileFit {
  name: string;
  active: boolean;
  /** 0..1, or null when the profile is empty. */
  score: number | null;
}

export interface ProfileStanding {
  label: 'ml' | 'swe' | 'hybrid' | 'none';
  ml: number;
  /** The closest role family, when the model names one. */
  family: string | null;
  skills: number;
}

export interface ProfilesOps {
  create(data: { name: string; copy: boolean }): ProfileSet;
  switchTo(name: string): ProfileSet;
  remove(name: string): ProfileSet;
  fits(tabId: number): ProfileFit[];
  standing(): ProfileStanding;
}
export type ProfilesOp = keyof ProfilesOps;
export type ProfilesRequest = { [K in ProfilesOp]: { op: K; data: Parameters<ProfilesOps[K]>[0] } }[ProfilesOp];

/** Where a set of skills stands: the lean model read over them as if an ad required each. */
export function standingOf(ids: readonly string[]): ProfileStanding {
  const section: SectionKind = 'required';
  const mentions: Mention[] = ids.map((skill, i) => ({ skill, start: i, end: i + 1, section }));
  const lean = computeLean([], mentions, [{ kind: section, start: 0, end: ids.length + 1 }], null) as ReturnType<typeof computeLean> & { role?: { family?: string } };
  return { label: lean.label, ml: Math.round(lean.ml * 100) / 100, family: typeof lean.role?.family === 'string' ? lean.role.family : null, skills: ids.length };
}

const ops: { [K in ProfilesOp]: (data: Parameters<ProfilesOps[K]>[0]) => Promise<ReturnType<ProfilesOps[K]>> } = {
  async create(d) {
    const set = await readSet();
    const name = checkName(d?.name, set);
    if (Object.keys(set.others).length + 1 >= MAX_PROFILES) throw new Error(`Skillmark keeps at most ${MAX_PROFILES} profiles.`);
    const profile = d?.copy ? (await readProfile()).profile : EMPTY_PROFILE;
    const next = { active: set.active, others: { ...set.others, [name]: profile } };
    await profileSetItem.setValue(next);
    return next;
  },
  async switchTo(name) {
    const set = await readSet();
    if (name === set.active) return set;
    const target = typeof name === 'string' ? set.others[name] : undefined;
    if (!target) throw new Error('There is no profile with that name.');
    const { before } = await changeProfile(() => target);
    const others = { ...set.others, [set.active]: before };
    delete others[name];
    const next = { active: name, others };
    await profileSetItem.setValue(next);
    return next;
  },
  async remove(name) {
    const set = await readSet();
    if (name === set.active) throw new Error('Switch to another profile before removing this one.');
    if (typeof name !== 'string' || !Object.hasOwn(set.others, name)) throw new Error('There is no profile with that name.');
    const others = { ...set.others };
    delete others[name];
    const next = { active: set.active, others };
    await profileSetItem.setValue(next);
    return next;
  },
  async fits(tabId) {
    if (!Number.isInteger(tabId)) throw new Error('Which tab?');
    const [set, state, { profile }] = await Promise.all([readSet(), tabStateItem(tabId).getValue(), readProfile()]);
    if (!state || state.status !== 'ready' || !state.skills) return [];
    const all: [string, Profile, boolean][] = [[set.active, profile, true], ...Object.entries(set.others).map(([n, p]): [string, Profile, boolean] => [n, p, false])];
    return all
      .map(([name, p, active]) => {
        const ids = profileIds(p);
        return { name, active, score: ids.length ? matchProfile({ skills: state.skills! }, ids).score : null };
      })
      .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name));
  },
  async standing() {
    const { profile } = await readProfile();
    return standingOf(profileIds(profile));
  },
};

export function profilesRequest(request: ProfilesRequest): Promise<unknown> {
  const r = (request ?? {}) as { op?: unknown; data?: unknown };
  if (typeof r.op !== 'string' || !Object.hasOwn(ops, r.op)) return Promise.reject(new Error('Unknown profiles request.'));
  const op = r.op as ProfilesOp;
  return serial(() => (ops[op] as (d: unknown) => Promise<unknown>)(r.data));
}

/** True when the request may change which profile is active (the tabs must be matched again). */
export const changesActiveProfile = (request: ProfilesRequest): boolean => request?.op === 'switchTo';
