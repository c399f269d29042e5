/**
 * Build hooks for the extension's service worker (wxt.config.ts), which Chromium stops after ~30 s
 * idle and starts again for the next ad: what its start runs must be cheap.
 * - The tagger's matcher is compiled here, at build time: src/analysis/matcher-data.ts becomes the
 *   compiled data as a literal of four strings (tests/analysis/matcher-data.test.ts checks
 *   it against a compilation at run time).
 * - compromise's module top level (building its lexicon and model, most of a start's cost) is
 *   wrapped in a function run on its first call: most ads never need it. A service worker may not
 *   `import()`, so the code stays in the bundle, only deferred.
 * Both apply to builds only: `npm run dev` is restarted after a lexicon edit.
 */
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { Plugin } from 'vite';
import { matcherData } from '../src/analysis/matcher-data';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MATCHER_DATA_MODULE = fileURLToPath(new URL('../src/analysis/matcher-data.ts', import.meta.url));

/** The module that stands for src/analysis/matcher-data.ts in the extension: the same data, compiled now. */
export function prebuiltMatcherSource(): string {
  // Four strings and a number: a literal, nothing to parse at run time.
  return `// Compiled at build time by scripts/build-worker.ts: see src/analysis/matcher-data.ts.
const DATA = ${JSON.stringify(matcherData())};
export function matcherData() {
  return DATA;
}
`;
}

export function prebuiltMatcher(): Plugin {
  let source: string | undefined;
  return {
    name: 'skillmark:prebuilt-matcher',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== MATCHER_DATA_MODULE) return null;
      return (source ??= prebuiltMatcherSource());
    },
  };
}

const DEFERRED = '\0skillmark:deferred-compromise';

/** compromise/two bundled into one function body: `__compromise` is its module namespace. */
export async function deferredCompromiseSource(): Promise<string> {
  const out = await esbuild({
    absWorkingDir: root,
    entryPoints: ['compromise/two'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__compromise',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return `// compromise/two, evaluated on its first call (scripts/build-worker.ts).
let nlp;
function evaluateCompromise() {
${out.outputFiles[0]!.text}
  return __compromise.default;
}
export default function deferredNlp(...args) {
  return (nlp ??= evaluateCompromise())(...args);
}
`;
}

export function deferredCompromise(): Plugin {
  let source: Promise<string> | undefined;
  return {
    name: 'skillmark:deferred-compromise',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === 'compromise/two' ? DEFERRED : null;
    },
    load(id) {
      if (id !== DEFERRED) return null;
      return (source ??= deferredCompromiseSource());
    },
  };
}
