import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure code, schemas and the content check on fixtures: seconds.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Whole `npm run build`s of throwaway copies of the project.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Some builds are looked at in Chromium: it is there before the first test runs.
          globalSetup: ['tests/support/browser-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Reads the built site in dist/ and drives a real browser: run after `npm run build`.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
