/**
 * A build plugin for pdf.js (résumé import): the library and its worker keep code paths that
 * compile strings (`new Function`, a feature test and PostScript functions) and import modules
 * by a computed URL (a "fake worker" and a JPEG 2000 fallback). Skillmark runs pdf.js with
 * `isEvalSupported: false` and its own bundled worker, so none of them is needed: each becomes a
 * thrown error, no build can evaluate strings or load code from elsewhere, and Mozilla's add-on
 * linter has nothing to warn about.
 */
import type { Plugin } from 'vite';

const REWRITES: [RegExp, string][] = [
  // The "is eval supported" probe: it now answers no.
  [/new Function\(""\);/g, '(()=>{throw new Error("no eval in Skillmark")})();'],
  // PostScript functions are interpreted instead of compiled.
  [/return new Function\("src", "srcOffset", "dest", "destOffset", compiled\);/g, 'throw new Error("no eval in Skillmark");'],
  // Modules by computed URL: the fake worker and the JPEG 2000 fallback.
  [/await import\(\s*(?:\/\*[^*]*\*\/\s*)*(?:this\.workerSrc|path)\)/g, 'await Promise.reject(new Error("Skillmark loads no module by URL"))'],
];

/** How many of each rewrite must apply to a file of pdf.js (a new version that moved them fails the build). */
export function rewritePdfjs(code: string): { code: string; count: number } {
  let count = 0;
  for (const [pattern, replacement] of REWRITES) {
    code = code.replace(pattern, () => {
      count++;
      return replacement;
    });
  }
  return { code, count };
}

export function pdfjsNoEval(): Plugin {
  return {
    name: 'skillmark:pdfjs-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('?') || !/[\\/]pdfjs-dist[\\/]build[\\/]pdf(\.worker)?\.mjs$/.test(id)) return null;
      const out = rewritePdfjs(code);
      if (!out.count) this.error(`pdf.js changed: none of Skillmark's rewrites applied to ${id}`);
      return { code: out.code, map: null };
    },
  };
}
