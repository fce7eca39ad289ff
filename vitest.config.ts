import { defineConfig } from 'vitest/config';

// Three kinds of tests: unit (src/lib, src/i18n, schemas), build (assertions on built sites),
// e2e (the built site in Chromium). `npm test` runs them in that order around `npm run build`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { TZ: 'America/Los_Angeles', EDITOR_LANG: 'en' },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
