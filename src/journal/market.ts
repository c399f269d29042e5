/**
 * Your market: what the ads you read ask for, counted. Skills by demand, the ML/SWE split, role
 * families, companies, and ads over time. Pure counting over journal entries.
 */
import type { JournalEntry } from './types';

export interface SkillDemand {
  id: string;
  name: string;
  /** Ads asking for it at all. */
  ads: number;
  required: number;
  preferred: number;
}

export function skillDemand(entries: readonly JournalEntry[], limit = Infinity): SkillDemand[] {
  const by = new Map<string, SkillDemand>();
  for (const e of entries) {
    for (const s of e.skills) {
      let d = by.get(s.id);
      if (!d) by.set(s.id, (d = { id: s.id, name: s.name, ads: 0, required: 0, preferred: 0 }));
      d.ads++;
      if (s.required) d.required++;
      else if (s.preferred) d.preferred++;
    }
  }
  return [...by.values()].sort((a, b) => b.ads - a.ads || b.required - a.required || a.name.localeCompare(b.name)).slice(0, limit);
}

/** Counts of a label over entries, largest first. */
export function countBy(entries: readonly JournalEntry[], label: (e: JournalEntry) => string | null): { label: string; count: number }[] {
  const by = new Map<string, number>();
  for (const e of entries) {
    const l = label(e);
    if (l) by.set(l, (by.get(l) ?? 0) + 1);
  }
  return [...by].map(([l, count]) => ({ label: l, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export const leanSplit = (entries: readonly JournalEntry[]) => countBy(entries, (e) => e.lean.label);
export const roleFamilies = (entries: readonly JournalEntry[]) => countBy(entries, (e) => e.lean.role);

export interface CompanyRow {
  company: string;
  ads: number;
  /** The skills its ads ask for most. */
  skills: string[];
  /** The mean ML lean of its ads (0 = SWE, 1 = ML). */
  ml: number;
}

export function byCompany(entries: readonly JournalEntry[], limit = 20): CompanyRow[] {
  const groups = new Map<string, JournalEntry[]>();
  for (const e of entries) {
    const c = e.company?.trim();
    if (c) groups.set(c, [...(groups.get(c) ?? []), e]);
  }
  return [...groups]
    .map(([company, list]) => ({
      company,
      ads: list.length,
      skills: skillDemand(list, 4).map((d) => d.name),
      ml: Math.round((list.reduce((sum, e) => sum + e.lean.ml, 0) / list.length) * 100) / 100,
    }))
    .sort((a, b) => b.ads - a.ads || a.company.localeCompare(b.company))
    .slice(0, limit);
}

export interface Period {
  /** The month, `2026-11`. */
  period: string;
  ads: number;
  ml: number;
  swe: number;
}

/** Ads first seen per month (UTC), with their ML / SWE leans, oldest first. */
export function overTime(entries: readonly JournalEntry[]): Period[] {
  const by = new Map<string, Period>();
  for (const e of entries) {
    const period = new Date(e.firstSeen).toISOString().slice(0, 7);
    let p = by.get(period);
    if (!p) by.set(period, (p = { period, ads: 0, ml: 0, swe: 0 }));
    p.ads++;
    if (e.lean.label === 'ml') p.ml++;
    else if (e.lean.label === 'swe') p.swe++;
  }
  return [...by.values()].sort((a, b) => a.period.localeCompare(b.period));
}
