import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Skillmark',
    description: 'Skills in job ads: what you have, what you lack, and whether the role leans ML or software engineering. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting'],
    browser_specific_settings: { gecko: { id: 'skillmark@skillmark.dev' } },
  },
});
