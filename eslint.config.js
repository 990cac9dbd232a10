// ESLint (typescript-eslint's recommended rules) for the source, tools and tests. Formatting is
// Prettier's job (.prettierrc.json); `npm run lint` runs both and the house checks.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // `_unused` names a parameter kept for its position (callbacks, Apps Script's event objects).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A sheet problem is rethrown as a plain message on purpose: Sheets and the sidebar show only
      // the message, and the user needs the sentence, not the chain of causes.
      'preserve-caught-error': 'off',
    },
  },
  {
    // Tests and tools drive untyped globals (the Apps Script imitation, Google Charts' options).
    files: ['test/**', 'tools/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
);
