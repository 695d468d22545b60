// Lint rules that keep the architecture honest (see README "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const officeGlobals = [
  { name: 'Excel', message: 'Only src/office may name Excel: go through an adapter.' },
  { name: 'Office', message: 'Only src/office may name Office: go through an adapter.' },
  { name: 'OfficeRuntime', message: 'Only src/office may name OfficeRuntime.' },
];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'fetch'].map((name) => ({
  name,
  message: 'The core is pure: no DOM or browser APIs.',
}));
const exceljsOnlyInXlsx = {
  paths: [{ name: 'exceljs', message: 'Only src/xlsx may import exceljs.' }],
};
const nodeIo = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'node:fs', 'node:fs/promises', 'node:path', 'node:os', 'node:child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'dist-bench/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playground-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', exceljsOnlyInXlsx],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/office/**'],
    rules: { 'no-restricted-globals': ['error', ...officeGlobals] },
  },
  {
    files: ['src/core/**', 'src/plan/**'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals, ...domGlobals],
      'no-restricted-imports': [
        'error',
        {
          paths: [...exceljsOnlyInXlsx.paths, ...nodeIo.map((name) => ({ name, message: 'The core does no I/O.' })), { name: 'react', message: 'The core has no UI.' }],
          patterns: [
            { group: ['**/office/**', '**/xlsx/**', '**/taskpane/**', '**/cli/**', '**/commands/**', '**/playground/**'], message: 'The core depends on nothing outside src/core and src/plan.' },
          ],
        },
      ],
    },
  },
  {
    // Plans are built from the core, never the other way round.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...exceljsOnlyInXlsx.paths, ...nodeIo.map((name) => ({ name, message: 'The core does no I/O.' })), { name: 'react', message: 'The core has no UI.' }],
          patterns: [
            { group: ['**/plan/**', '**/office/**', '**/xlsx/**', '**/taskpane/**', '**/cli/**', '**/commands/**', '**/playground/**'], message: 'src/core depends only on src/core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/xlsx/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/office/**', '**/taskpane/**'], message: 'The file adapter does not depend on Office or the pane.' }] }] },
  },
  {
    files: ['src/taskpane/**', 'src/commands/**', 'src/playground/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
