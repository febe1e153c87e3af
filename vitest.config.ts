import { defineConfig } from 'vitest/config';

// Timeouts are sized for a slow, busy 2-core machine (CI, a laptop compiling something else):
// a unit test that renders through the real processor can take seconds there, not milliseconds.
export default defineConfig({
  test: {
    projects: [
      // Plugin tests build a real processor and CSL engine: seconds on a busy 2-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      { test: { name: 'versions', include: ['tests/versions/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 } },
      // Four whole builds in a copy of the project, the first without caches; the live preview in another.
      { test: { name: 'builds', include: ['tests/builds/**/*.test.ts'], testTimeout: 480_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
