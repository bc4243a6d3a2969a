import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/lib/chromiumLaunch';

// Browser tests run in Debian's Chromium (Playwright cannot download browsers offline)
// against browser mode, which serves the same renderer and services as the desktop app.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
