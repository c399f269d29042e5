/** Category display names and order, from lexicon/categories.json (data, not code). */
// Named imports: the content script's bundle keeps only the names it shows.
import { categories } from '../../lexicon/categories.json';

const order = new Map(categories.map((c, i) => [c.id, i]));
const names = new Map(categories.map((c) => [c.id, c.name]));

/** The category's display name; an unknown id is shown as written, dashes as spaces. */
export const categoryName = (id: string): string => names.get(id) ?? id.replace(/-/g, ' ');

/** Position of the category in the display order (unknown categories last). */
export const categoryRank = (id: string): number => order.get(id) ?? order.size;


/** Items grouped by category in display order, each group sorted by name. */
export function groupByCategory<T>(items: readonly T[], category: (t: T) => string, name: (t: T) => string): { id: string; name: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const t of items) groups.set(category(t), [...(groups.get(category(t)) ?? []), t]);
  return [...groups]
    .sort(([a], [b]) => categoryRank(a) - categoryRank(b) || a.localeCompare(b))
    .map(([id, list]) => ({ id, name: categoryName(id), items: list.sort((a, b) => name(a).localeCompare(name(b), 'en', { sensitivity: 'base' })) }));
}
