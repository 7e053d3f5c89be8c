import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (tests beside the code, plus the repo-level checks in test/*.test.ts) for the
 * fast loop while developing (`npm run test:unit`), and `e2e` (whole-service runs over loopback
 * servers in test/e2e). `npm test` runs both, as CI does.
 */
export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'test/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
