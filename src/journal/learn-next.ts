/**
 * Learn next: the skills that would raise the user's match on the most ads they read, weighted by
 * how strongly each ad asks for them. A skill the user's profile already covers never ranks; a
 * member of a group of alternatives ("PyTorch or TensorFlow") counts only while the group is
 * unmet, and for a share of it (any one member meets it).
 */
import type { JournalEntry } from './types';

/** How much one ad asking for a skill counts: a must weighs most, a nice-to-have least. */
export const DEMAND_WEIGHT = { required: 1, role: 0.6, preferred: 0.4 } as const;

export interface LearnNextItem {
  id: string;
  name: string;
  /** Ads that require it. */
  required: number;
  /** Ads that list it as nice to have. */
  niceToHave: number;
  /** Ads that name it as part of the role, neither required nor preferred. */
  inRole: number;
  /** The ads it appears in (journal keys), most recent first. */
  ads: string[];
  score: number;
}

/** A skill's share of an ad: 1 on its own, 1/n as one of n alternatives of an unmet group; 0 when a met group holds it. */
function shareIn(entry: JournalEntry, id: string, covered: ReadonlySet<string>): number {
  let share = 1;
  for (const r of entry.requirements) {
    if (r.kind !== 'one-of' || !r.skills.includes(id)) continue;
    if (r.skills.some((s) => covered.has(s))) return 0;
    share = Math.min(share, 1 / Math.max(1, r.skills.length));
  }
  return share;
}

/**
 * The ranking over `entries` for a profile that covers `covered` (its skills, what they imply and
 * the broader skills they answer). Best first: score, then ads, then name.
 */
export function learnNext(entries: readonly JournalEntry[], covered: ReadonlySet<string>, limit = 20): LearnNextItem[] {
  const items = new Map<string, LearnNextItem & { last: Map<string, number> }>();
  for (const e of entries) {
    for (const s of e.skills) {
      if (covered.has(s.id)) continue;
      const share = shareIn(e, s.id, covered);
      if (share === 0) continue;
      let item = items.get(s.id);
      if (!item) items.set(s.id, (item = { id: s.id, name: s.name, required: 0, niceToHave: 0, inRole: 0, ads: [], score: 0, last: new Map() }));
      const kind = s.required ? 'required' : s.preferred ? 'preferred' : 'role';
      if (kind === 'required') item.required++;
      else if (kind === 'preferred') item.niceToHave++;
      else item.inRole++;
      item.score += DEMAND_WEIGHT[kind] * share;
      item.last.set(e.key, e.lastSeen);
    }
  }
  return [...items.values()]
    .map(({ last, ...item }) => ({ ...item, score: Math.round(item.score * 100) / 100, ads: [...last].sort((a, b) => b[1] - a[1]).map(([k]) => k) }))
    .sort((a, b) => b.score - a.score || b.ads.length - a.ads.length || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** "Kubernetes: required in 14 of your 31 ads, nice to have in 6". */
export function describeLearnNext(item: LearnNextItem, total: number): string {
  const parts: string[] = [];
  if (item.required) parts.push(`required in ${item.required} of your ${total} ads`);
  if (item.niceToHave) parts.push(parts.length ? `nice to have in ${item.niceToHave}` : `nice to have in ${item.niceToHave} of your ${total} ads`);
  if (item.inRole) parts.push(parts.length ? `part of the role in ${item.inRole}` : `part of the role in ${item.inRole} of your ${total} ads`);
  return `${item.name}: ${parts.join(', ')}`;
}
