import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BOARD_MATCHES } from './src/page/sites/index';
import { EVERY_SITE_ORIGINS } from './src/extension/every-site-origins';
import { noInnerHtml } from './scripts/vite-no-inner-html';
import { deferredCompromise, prebuiltMatcher } from './scripts/build-worker';
import { pdfjsNoEval } from './scripts/vite-pdfjs-no-eval';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  imports: false,
  // The service worker starts cheaply: matcher compiled at build time, compromise evaluated on first use.
  vite: () => ({ plugins: [noInnerHtml(), pdfjsNoEval(), preact(), prebuiltMatcher(), deferredCompromise()], worker: { format: 'es', plugins: () => [pdfjsNoEval()] } }),
  hooks: {
    // The wake-up script (entrypoints/wake.ts) on the same pages as the content script, as early as
    // possible. Listed here rather than as a WXT content script, which would carry the board
    // adapters just for its match patterns.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [{ matches: [...BOARD_MATCHES], js: ['wake.js'], run_at: 'document_start' }, ...(manifest.content_scripts ?? [])];
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: 'Skillmark',
    description: 'Skills in job ads: what you have, what you lack, and whether the role leans ML or software engineering. Nothing leaves your browser.',
    // contextMenus ("Analyse the selected text") adds no install-time warning and no host access.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // Exactly the supported boards; any other page only when the user asks (activeTab).
    host_permissions: [...BOARD_MATCHES],
    // Keyboard: open the popup, turn highlights on / off, show the next highlighted skill's card (focused, Escape closes it).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open Skillmark' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn skill highlights on or off' },
      'show-next-skill': { suggested_key: { default: 'Alt+Shift+K' }, description: "Show the next highlighted skill's card" },
    },
    // "Run Skillmark on every site that shows a job ad": asked at run time, only if the user opts in.
    // MV2 (Firefox) has no optional_host_permissions: host patterns go in optional_permissions there.
    ...(manifestVersion === 3 ? { optional_host_permissions: [...EVERY_SITE_ORIGINS] } : { optional_permissions: [...EVERY_SITE_ORIGINS] }),
    // Chrome 105: the CSS Custom Highlight API. Firefox 140: the same, and the data-collection key.
    minimum_chrome_version: '105',
    browser_specific_settings: {
      // Skillmark collects and transmits nothing.
      gecko: { id: 'skillmark@skillmark.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android knows the data-collection key from 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
