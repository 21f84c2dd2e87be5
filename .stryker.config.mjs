// Mutation testing (`npm run test:mutation`): every file of the foundation's rules and API schemas is
// mutated, and each mutant must be caught by a unit test. Reports go to reports/mutation/ (git-ignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Globs, not a list: new wording modules and route descriptors are mutated the day they land.
  mutate: ['src/domain/**/*.ts', 'src/protocol/**/*.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'test/unit/vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // A second run re-tests only the mutants whose code or tests changed; `--force` tests all again.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  ignorePatterns: ['dist', '.data', 'bench-results', 'coverage', 'reports', 'test/e2e', 'test/bench'],
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: null },
}
