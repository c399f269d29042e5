/**
 * A build plugin that removes Preact's one path to `innerHTML` (`dangerouslySetInnerHTML`, which
 * Skillmark never uses): the assignment becomes a thrown error, so no build of the extension can
 * write HTML from data, and Mozilla's add-on linter has nothing to warn about.
 */
import type { Plugin } from 'vite';

export const PREACT_INNER_HTML = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'skillmark:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]/.test(id) || !PREACT_INNER_HTML.test(code)) return null;
      PREACT_INNER_HTML.lastIndex = 0;
      return { code: code.replace(PREACT_INNER_HTML, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Skillmark")})()'), map: null };
    },
  };
}
