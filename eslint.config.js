// Lint, and above all the layering that keeps Roundtable's structure: shared/ is pure,
// renderer/ is a web page, electron/ is Node. Do not relax these rules: move the code instead.
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_MODULES = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'ws',
  'lowdb',
  'lowdb/*',
  'steno',
];
const UI_MODULES = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'konva',
  'konva/*',
  'react-konva',
  'lucide-react',
  '@fontsource/*',
];

const SHARED_MESSAGE =
  'shared/ is pure TypeScript: no Node, Electron, React, Konva or DOM. Put platform code in electron/ or renderer/.';
const SHARED_FORBIDDEN = [...NODE_MODULES, ...UI_MODULES, 'electron', 'electron/*', '**/electron/**', '**/renderer/**'];

const layer = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...layer(SHARED_MESSAGE, SHARED_FORBIDDEN),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    // The floor of shared/: what a session is. It builds on shared's own helpers (ids, result,
    // validation) and nothing above it, so operations, templates and the rest can all use it.
    files: ['shared/document/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SHARED_FORBIDDEN, message: SHARED_MESSAGE },
            {
              group: ['../*/*'],
              message:
                'shared/document/ is the floor of shared/: it imports no other shared/ folder. Put code that needs operations or templates in a folder above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: layer('renderer/ is a web page: it reaches Node and Electron only through the API contract in shared/api.', [
      ...NODE_MODULES,
      'electron',
      'electron/*',
      '**/electron/**',
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer('electron/ never imports the renderer: share code through shared/.', [
      ...UI_MODULES,
      '**/renderer/**',
    ]),
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'tests/**/*.ts', '*.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
