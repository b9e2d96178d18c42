import { defineConfig } from 'vitest/config';
import { ROOT } from './support/build.ts';

export default defineConfig({
  root: ROOT,
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // A zone far from UTC and from Sydney, so that code which forgets to pass a zone fails.
    env: { TZ: 'America/Los_Angeles' },
    // Build tests spawn whole Astro builds: one file at a time keeps the two cores free.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
