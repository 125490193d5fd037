import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noRelativeCrossLibImports from './tools/eslint-rules/no-relative-cross-lib-imports.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.jest },
    },
    plugins: { markpoint: { rules: { 'no-relative-cross-lib-imports': noRelativeCrossLibImports } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'markpoint/no-relative-cross-lib-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/libs/*/src/**', '@markpoint/*/src/**'],
              message: 'Import a lib through its index: @markpoint/<lib>.',
            },
          ],
        },
      ],
    },
  },
  {
    // supertest answers with `body: any`; asserting on it field by field is the point of the test.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.integration-spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Only libs/lti (and the test platform) may talk LTI/JOSE; grading stays pure TypeScript.
    files: [
      'apps/**/*.ts',
      'libs/{common,persistence,spec,question-bank,delivery,grading,tenancy,webhooks}/**/*.ts',
    ],
    ignores: ['libs/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'ltijs', message: 'Only libs/lti may import ltijs.' },
            { name: 'jose', message: 'Only libs/lti and the test platform may import jose.' },
          ],
          patterns: [
            {
              group: ['**/libs/*/src/**', '@markpoint/*/src/**'],
              message: 'Import a lib through its index: @markpoint/<lib>.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/grading/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', 'ltijs', 'jose', '@markpoint/*', 'express'],
              message: 'libs/grading is plain TypeScript: no Nest, TypeORM, LTI or other libs.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
