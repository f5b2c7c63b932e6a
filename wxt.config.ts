import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: a reader can follow every name to its file.
  imports: false,
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: ({ browser }) => ({
    name: 'Server Error Lens',
    description:
      'Flags, explains and diagnoses server errors (5xx) in a DevTools panel, and warns when responses leak server internals.',
    action: { default_title: 'Server Error Lens: server errors of this tab' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'server-error-lens@example.org', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
