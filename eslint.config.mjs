// ESLint: typescript-eslint's type-checked recommended rules on every TypeScript file, and
// eslint-plugin-astro's recommended rules on the templates. Prettier owns formatting.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist*/',
      '.astro/',
      'node_modules/',
      'reports/',
      'test-output/',
      'bench/minimal/',
      'bench/results/',
      // Not part of the product: the demo-art generator (its README says so).
      'tools/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name`: deliberately unused (a destructured field left out, a callback's first argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  ...astro.configs.recommended,
  {
    // Templates are checked by `astro check`; type-aware rules need a TS program ESLint cannot
    // build for .astro files, so only the syntactic rules run there.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Plain JavaScript run by Node (astro.config.mjs, scripts/complete-lockfile.mjs).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // vitest's asymmetric matchers (`expect.stringMatching(…)` inside `toThrow(expect.objectContaining
    // ({…}))`) are typed `any`; in tests that is their design, not an unchecked value.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Type tests assert on types: an "unnecessary" assertion is often the point of the test.
    files: ['**/*.test-d.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
);
