import { defineConfig } from 'vitest/config';

// Three kinds of tests: unit (src/lib, src/i18n, schemas), build (assertions on built sites),
// e2e (the built site in Chromium). `npm test` runs them in that order around `npm run build`.
export default defineConfig({
  test: {
    // Line coverage (v8) of the pure core, src/lib/**, measured by `npm run test:unit` and
    // `npm run test:coverage` (the unit project with --coverage), which fail below the threshold.
    // Build and e2e tests run that code inside Astro's and Chromium's processes, which this
    // process's coverage does not see; they are not run with it.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      exclude: [
        // Runs in a worker thread, where v8 coverage of the test process does not reach. It only
        // calls applyGlossary (src/lib/glossary.ts), which the unit tests cover directly, and
        // tests/unit/gate-files.test.ts runs it through boundedGlossary (hits and the time budget).
        'src/lib/gate/glossary-worker.ts',
      ],
      reporter: [
        ['text', { skipFull: true }],
        'text-summary',
        ['json-summary', { file: 'coverage-summary.json' }],
        'html',
      ],
      reportsDirectory: 'test-output/coverage',
      reportOnFailure: true,
      thresholds: { lines: 90 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { TZ: 'America/Los_Angeles', EDITOR_LANG: 'en' },
          // Type tests (`*.test-d.ts`: expectTypeOf, @ts-expect-error) are checked by tsc, not run.
          typecheck: {
            enabled: true,
            include: ['tests/unit/**/*.test-d.ts'],
            tsconfig: 'tests/unit/tsconfig.typecheck.json',
          },
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
          // Once in CI, Chromium's process died in the middle of a test. A new one is started for
          // the next test (tests/e2e/support/built-site.ts) and the failed test runs once more;
          // a failure that is the site's own fails again and stays red.
          retry: 1,
        },
      },
    ],
  },
});
