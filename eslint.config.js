// Lint rules, including the layering of docs/architecture.md: build/eslint-layers.mjs holds
// the table of which folder may import which.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersPlugin } from './build/eslint-layers.mjs';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'util'];
const nodeImports = nodeBuiltins.flatMap((name) => [
  name,
  `node:${name}`,
  `${name}/*`,
  `node:${name}/*`,
]);

/**
 * One validation library ships: valibot, chosen by test/bench/validators.mjs, which alone still
 * imports zod to compare them. Every block that sets no-restricted-imports repeats this, since a
 * later block's options replace an earlier one's.
 */
const ZOD_MESSAGE = 'The app validates with valibot; zod is only compared with it in test/bench.';
const oneValidator = {
  paths: [{ name: 'zod', message: ZOD_MESSAGE }],
  patterns: [{ group: ['zod/*'], message: ZOD_MESSAGE }],
};

/** Packages that live behind one folder of the renderer, with the folder named in the message. */
const confined = {
  dexie: {
    paths: [
      { name: 'dexie', message: 'Dexie is used only under renderer/src/db.' },
      { name: 'dexie-react-hooks', message: 'Live queries are wrapped in renderer/src/db.' },
    ],
    patterns: [],
  },
  zustand: {
    paths: [{ name: 'zustand', message: 'zustand is used only under renderer/src/store.' }],
    patterns: [{ group: ['zustand/*'], message: 'zustand is used only under renderer/src/store.' }],
  },
};

/** The renderer's import rule: never electron or Node, and the confined packages outside their folder. */
function rendererImports(confinedHere) {
  const extra = confinedHere.map((name) => confined[name]);
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'electron',
            message: 'The renderer reaches main only through renderer/src/platform.',
          },
          ...extra.flatMap((c) => c.paths),
          ...oneValidator.paths,
        ],
        patterns: [
          { group: nodeImports, message: 'The renderer runs in Chromium: no Node modules.' },
          { group: ['**/electron/**'], message: 'The renderer never imports main-process code.' },
          ...extra.flatMap((c) => c.patterns),
          ...oneValidator.patterns,
        ],
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    ignores: ['test/bench/**'],
    rules: { 'no-restricted-imports': ['error', oneValidator] },
  },
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { local: layersPlugin },
    rules: { 'local/layers': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules, ...rendererImports(['dexie', 'zustand']) },
  },
  {
    files: ['renderer/src/db/**/*.{ts,tsx}'],
    rules: rendererImports(['zustand']),
  },
  {
    files: ['renderer/src/store/**/*.{ts,tsx}'],
    rules: rendererImports(['dexie']),
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ runs on both sides: no electron.' },
            ...oneValidator.paths,
          ],
          patterns: [
            ...oneValidator.patterns,
            { group: nodeImports, message: 'shared/ runs on both sides: no Node modules.' },
            {
              group: ['**/renderer/**', '**/electron/**', 'react', 'dexie', 'zustand'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: oneValidator.paths,
          patterns: [
            ...oneValidator.patterns,
            {
              group: ['**/renderer/**', 'react', 'dexie', 'zustand'],
              message: 'Main imports shared/, electron and Node only.',
            },
          ],
        },
      ],
    },
  },
);
