// Lint rules, and the architecture as rules the build checks: data flows page -> extract ->
// analyse -> paint / popup, and each layer may import only what sits below it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const extensionApis = ['wxt', 'wxt/*', '@wxt-dev/*', '@webext-core/messaging', '@webext-core/proxy-service'];
const uiLibs = ['preact', 'preact/*', '@preact/*'];
const nodeOnly = ['node:*', 'linkedom', 'happy-dom'];

/** `no-restricted-imports` for a layer: these module patterns may not be imported (types may). */
const forbid = (patterns, message, regex) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: patterns, message, allowTypeImports: true }, ...(regex ? [{ regex, message, allowTypeImports: true }] : [])] }],
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text is data: never parsed as HTML, never run.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Page text is data: build nodes and set textContent.' }, { property: 'outerHTML', message: 'Page text is data.' }],
    },
  },
  {
    // The analysis core is pure: it runs in Node and in the browser, with no DOM, extension or UI.
    files: ['src/analysis/**/*.ts'],
    rules: forbid(['**/page/**', '**/extension/**', '**/ui/**', '**/cli/**', ...extensionApis, ...uiLibs, ...nodeOnly], 'src/analysis is pure: no DOM, extension, UI or Node imports.'),
  },
  {
    // Page code works on a Document it is given: no extension APIs, and never the analysis core
    // (the content script's bundle must not carry compromise or the lexicon).
    files: ['src/page/**/*.ts'],
    ignores: ['src/page/parse-html.ts'],
    // (WXT's match-pattern helper is plain URL logic, allowed.)
    rules: forbid(['**/extension/**', '**/ui/**', '**/cli/**', '**/analysis/**', 'compromise', 'compromise/*', '@wxt-dev/*', '@webext-core/messaging', '@webext-core/proxy-service', ...uiLibs, ...nodeOnly], 'src/page takes a Document: no extension, UI, analysis or Node imports.', '^wxt(?!/utils/match-patterns$)(/.*)?$'),
  },
  {
    files: ['src/extension/content/**/*.ts'],
    rules: forbid(['**/analysis/**', '**/ui/**', '**/cli/**', 'compromise', 'compromise/*', ...uiLibs, ...nodeOnly], 'The content script reads and paints; analysis runs in the background.'),
  },
  {
    // Extension pages: the analysis core stays in the background (types and the lexicon's names only).
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: forbid(['**/cli/**', '**/page/**', 'compromise', 'compromise/*', '**/analysis/analyze', '**/analysis/index', '**/analysis/tagger', '**/analysis/lean', '**/analysis/context', '**/analysis/requirements/**', ...nodeOnly], 'Extension pages ask the background; they do not run the analysis.'),
  },
  {
    // The journal's counting (learn next, market, repost diff, CSV) is pure: the background, the
    // journal page and the CLI share it, so it needs no DOM, extension, UI or analysis code.
    files: ['src/journal/**/*.ts'],
    rules: forbid(['**/page/**', '**/extension/**', '**/ui/**', '**/cli/**', '**/analysis/**', 'compromise', 'compromise/*', ...extensionApis, ...uiLibs, ...nodeOnly], 'src/journal is pure counting over journal entries.'),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: forbid(['**/extension/**', '**/ui/**', ...extensionApis, ...uiLibs], 'The CLI runs in Node: no extension or UI code.'),
  },
  {
    // Tests and scripts: plain Node and test code; `any` is allowed where a browser API is stubbed.
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-properties': 'off' },
  },
);
