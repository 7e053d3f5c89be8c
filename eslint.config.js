// Lint rules, including the layering rules of ARCHITECTURE.md ("Rules of the house").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from '@boundaries/eslint-plugin';
import { boundariesRule, boundariesSettings } from './eslint/boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', '**/testdata/**', 'config/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The one-way flow (docs/ARCHITECTURE.md, ADR 0121): every source file is in an element, and an
    // element imports only what eslint/boundaries.js allows it. Tests may import anything.
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/testdata/**'],
    plugins: { boundaries },
    settings: boundariesSettings(),
    rules: {
      'boundaries/dependencies': boundariesRule(),
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
      // A computed import() cannot be checked against the flow: name the module literally.
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.type!="Literal"]', message: 'import() takes a string literal, so the boundary rules can check it.' },
      ],
      // Issue 22: no function over cyclomatic complexity 25 (docs/ARCHITECTURE.md, "Rules the lint enforces").
      complexity: ['error', 25],
    },
  },
  {
    // Still over 25, a warning until split: pipeline/quotes/ (the attribution issue splits it).
    // Remove this block once it is under.
    files: ['src/pipeline/quotes/**/*.ts'],
    rules: { complexity: ['warn', 25] },
  },
);
