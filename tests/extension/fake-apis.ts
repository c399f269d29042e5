/**
 * In-memory stand-ins for the extension APIs WXT's fakeBrowser leaves unimplemented: permissions
 * (with onAdded / onRemoved), dynamic content scripts, and context menus. Installed onto
 * fakeBrowser after each `fakeBrowser.reset()`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener<T extends unknown[]> = (...args: T) => void;

function event<T extends unknown[]>() {
  const listeners = new Set<Listener<T>>();
  return {
    addListener: (l: Listener<T>) => void listeners.add(l),
    removeListener: (l: Listener<T>) => void listeners.delete(l),
    hasListener: (l: Listener<T>) => listeners.has(l),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: T) => [...listeners].forEach((l) => l(...args)),
  };
}

interface Registered {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  persistAcrossSessions?: boolean;
  runAt?: string;
}

export interface FakeApis {
  /** Origins held now. */
  origins: Set<string>;
  /** What the user answers to `permissions.request`. */
  answer: boolean;
  scripts: Map<string, Registered>;
  menus: Map<string | number, { title?: string; contexts?: string[] }>;
  onAdded: ReturnType<typeof event<[{ origins?: string[] }]>>;
  onRemoved: ReturnType<typeof event<[{ origins?: string[] }]>>;
  onClicked: ReturnType<typeof event<[unknown, unknown]>>;
  /** The user grants or revokes in the browser's own settings. */
  grant(origins: string[]): void;
  revoke(origins: string[]): void;
}

export function installFakeApis(): FakeApis {
  const api: FakeApis = {
    origins: new Set(),
    answer: true,
    scripts: new Map(),
    menus: new Map(),
    onAdded: event(),
    onRemoved: event(),
    onClicked: event(),
    grant(origins) {
      origins.forEach((o) => api.origins.add(o));
      api.onAdded.trigger({ origins });
    },
    revoke(origins) {
      origins.forEach((o) => api.origins.delete(o));
      api.onRemoved.trigger({ origins });
    },
  };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions = {
    contains: async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => api.origins.has(o)),
    request: async (p: { origins?: string[] }) => {
      if (!api.answer) return false;
      api.grant(p.origins ?? []);
      return true;
    },
    remove: async (p: { origins?: string[] }) => {
      api.revoke(p.origins ?? []);
      return true;
    },
    getAll: async () => ({ origins: [...api.origins], permissions: [] }),
    onAdded: api.onAdded,
    onRemoved: api.onRemoved,
  };
  const scripting = b.scripting!;
  scripting.registerContentScripts = async (list: Registered[]) => {
    for (const s of list) {
      if (api.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      api.scripts.set(s.id, s);
    }
  };
  scripting.unregisterContentScripts = async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...api.scripts.keys()]) {
      if (!api.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
  };
  scripting.getRegisteredContentScripts = async (filter?: { ids?: string[] }) => [...api.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
  b.contextMenus = {
    create: (props: { id: string; title?: string; contexts?: string[] }, cb?: () => void) => {
      api.menus.set(props.id, props);
      cb?.();
      return props.id;
    },
    remove: async (id: string) => {
      if (!api.menus.delete(id)) throw new Error(`Cannot find menu item with id ${id}`);
    },
    removeAll: async () => api.menus.clear(),
    onClicked: api.onClicked,
  };
  return api;
}
