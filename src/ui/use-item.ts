/** A stored item as a Preact value: read once, then re-rendered on every change (no polling, no local copy). */
import { useEffect, useState } from 'preact/hooks';

export interface WatchableItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/**
 * The item's value passed through `check` (what pages read is never trusted raw); undefined until
 * the first read. A failed read gives `{ error }`: the page says so instead of showing a default.
 */
export function useItem<T, R>(item: WatchableItem<T> | null, check: (raw: unknown) => R): { value?: R; error?: string } {
  const [result, setResult] = useState<{ value?: R; error?: string }>({});
  const key = item?.key ?? null;
  useEffect(() => {
    if (!item) return;
    let live = true;
    setResult({});
    const unwatch = item.watch((v) => live && setResult({ value: check(v) }));
    item.getValue().then(
      (v) => live && setResult((r) => (r.value === undefined ? { value: check(v) } : r)),
      (e: unknown) => live && setResult({ error: (e as Error)?.message ?? String(e) }),
    );
    return () => {
      live = false;
      unwatch();
    };
    // The item is re-created per render by callers (tabStateItem(id)): its key says whether it changed.
  }, [key]);
  return result;
}

/** The message of a failed request, for the user. */
export const messageOf = (e: unknown): string => ((e as Error)?.message ?? String(e)).replace(/^Error: /, '');
