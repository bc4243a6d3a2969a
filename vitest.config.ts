import { defineConfig } from 'vitest/config';

// Unit and service tests run in Node against real files in temp folders. Browser tests
// (tests/e2e) run under Playwright instead.
export default defineConfig({
  test: {
    include: ['tests/{shared,electron,renderer,lint,packaging}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
