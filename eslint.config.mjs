import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/src/**/*.tsx', 'renderer/src/**/*.ts'],
    ignores: ['renderer/src/i18n/**'],
    rules: {
      // User-facing text lives in the i18n catalogue.
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[\\u4e00-\\u9fff]/]', message: '界面文字请放入 renderer/src/i18n/zh-CN.ts' },
      ],
    },
  },
);
