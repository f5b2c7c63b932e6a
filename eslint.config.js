// Type-aware lint for what the compiler lets through and bites at run time: promises nobody awaits
// or handles (a rejected analysis would vanish), promises passed where a callback's result is
// ignored, and switches over our unions that miss a member when one is added. scripts/fixtures/ holds
// the apps the fixture servers run, some broken on purpose.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/reference-extension/', '.probe/', 'scripts/fixtures/'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
