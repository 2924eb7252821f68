import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.cache/**', 'models/generated/**', 'test-results/**', 'packages/api/drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // packages/shared runs unchanged in a browser, a Worker and Node: no runtime-specific imports.
    files: ['packages/shared/**/*.ts'],
    ignores: ['packages/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'url', 'buffer', 'worker_threads'], message: 'packages/shared must not import Node APIs.' },
            { group: ['drizzle-orm*', 'mysql2*', 'hono*', 'react*', 'onnxruntime-node', 'onnxruntime-web'], message: 'packages/shared takes runtimes by injection and imports no server or UI library.' },
          ],
        },
      ],
    },
  },
);
