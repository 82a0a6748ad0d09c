import { globSync, readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Every test, and every command a test runs, starts in an English terminal outside GitHub Actions,
 * whatever the machine it runs on: the editor tools speak the locale's language, and on Actions the
 * content check also writes annotations and a run summary (which a test's broken fixtures must not
 * add to the real run's). A test that wants another language or Actions sets the variables itself.
 */
const env = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' };

const UNIT = ['tests/unit/**/*.test.ts', 'bench/**/*.test.ts'];
/**
 * Unit test files that replace a module for the whole file (`vi.mock`): they need modules of their
 * own, so they run in a project of their own, each file isolated. The other unit files share their
 * modules within a worker, which saves importing the same code once per file.
 */
const MOCKING = UNIT.flatMap((pattern) => globSync(pattern)).filter((file) =>
  /\bvi\.(?:mock|doMock|unmock)\(/.test(readFileSync(file, 'utf8')),
);

export default defineConfig({
  test: {
    // The three projects run at once, files of each side by side: most of a build test's or a browser
    // test's time is spent waiting for the processes it started, so two cores keep three files busy.
    maxWorkers: 3,
    projects: [
      {
        // Pure code, schemas, the content check on fixtures and the benchmark's budgets: seconds.
        test: { name: 'unit', include: UNIT, exclude: [...configDefaults.exclude, ...MOCKING], isolate: false, env },
      },
      {
        test: { name: 'unit-mocking', include: MOCKING, env },
      },
      {
        // Whole `npm run build`s of throwaway copies of the project.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          env,
          // Some builds are looked at in Chromium: it is there before the first test runs.
          globalSetup: ['harness/browser-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        // Reads the built site in dist/ and drives a real browser: `npm test` builds it first.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          env,
          globalSetup: ['harness/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Files run side by side with builds: a change the page makes may take more than the default second.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
