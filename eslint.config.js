// Lint rules, including the layering rules of ARCHITECTURE.md ("Rules of the house").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const platformLibs = [
  { group: ['discord.js', 'discord.js/*'], message: 'discord.js lives in src/platforms/discord only.' },
  { group: ['@slack/bolt', '@slack/bolt/*'], message: '@slack/bolt lives in src/platforms/slack only.' },
];
const concreteLayers = [
  { group: ['**/platforms/**'], message: 'The pipeline never imports platform adapters.' },
  { group: ['**/store/sqlite/**'], message: 'Only main.ts and cli/ wire the SQLite store.' },
];

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
    files: ['src/model/**', 'src/reader/**', 'src/pipeline/**', 'src/digest/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...platformLibs, ...concreteLayers] }] },
  },
  {
    files: ['src/commands/**', 'src/delivery/**', 'src/scheduler/**', 'src/store/store.ts', 'src/store/memory/**', 'src/config/**', 'src/http/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...platformLibs, ...concreteLayers] }] },
  },
  {
    files: ['src/platforms/slack/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [platformLibs[0]] }] },
  },
  {
    files: ['src/platforms/discord/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [platformLibs[1]] }] },
  },
);
