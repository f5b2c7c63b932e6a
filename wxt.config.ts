import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { ALL_TABS_API_PERMISSIONS, ALL_TABS_HOSTS } from './core/badge/all-tabs-permissions';

/** The oldest Firefox the e2e suite really ran against (Debian firefox-esr 140 and 153); older ones are untested. */
const TESTED_FIREFOX = '140.0';

// Response bodies are attacker-controlled and the panel shows them only as text, so it never needs
// Preact's dangerouslySetInnerHTML. Removing the one innerHTML sink from the bundled Preact makes
// that a property of the build (a mistaken use throws instead of rendering markup), and is what
// lets AMO's linter (`web-ext lint`, rule UNSAFE_VAR_ASSIGNMENT) pass with no warning.
function preactWithoutInnerHtmlSink(): Plugin {
  const sink = /(\w+)\.innerHTML=(\w+)\.__html/g;
  return {
    name: 'server-error-lens:preact-without-innerhtml-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/node_modules\/preact\/dist\/preact\.(mjs|module\.js)(\?|$)/.test(id)) return;
      const sinks = code.match(sink)?.length ?? 0;
      // A Preact upgrade that reshapes this code must fail the build, not ship the sink silently.
      if (sinks !== 1) this.error(`expected one innerHTML sink in ${id}, found ${sinks}`);
      return code.replace(
        sink,
        '(()=>{throw new Error("Server Error Lens renders no markup: dangerouslySetInnerHTML is disabled")})()',
      );
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: a reader can follow every name to its file.
  imports: false,
  vite: () => ({
    plugins: [preactWithoutInnerHtmlSink(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  zip: {
    // AMO's sources zip: what a reviewer needs to run `npm ci && npm run build:firefox`. WXT already
    // leaves out node_modules, .output, dotfiles and *.spec/*.test files; these are run artefacts.
    excludeSources: ['test-results/**', 'playwright-report/**', 'demo-screenshot.png', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: 'Server Error Lens',
    description:
      'Flags, explains and diagnoses server errors (5xx) in a DevTools panel, and warns when responses leak server internals.',
    action: { default_title: 'Server Error Lens: server errors of this tab' },
    // Only for the opt-in "count on all tabs" (adapters/all-tabs-access.ts), asked for at run time.
    ...(browser === 'firefox'
      ? {
          optional_permissions: [...ALL_TABS_API_PERMISSIONS, ...ALL_TABS_HOSTS],
          browser_specific_settings: {
            gecko: {
              id: 'server-error-lens@example.org',
              strict_min_version: TESTED_FIREFOX,
              // Everything stays in the browser: the add-on collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140);
            // AMO's linter asks for a minimum that knows the key. (Android has no DevTools panels.)
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { optional_permissions: [...ALL_TABS_API_PERMISSIONS], optional_host_permissions: ALL_TABS_HOSTS }),
  }),
});
