import { defineConfig } from '@playwright/test';

/**
 * Real-browser tests of the built script tag (dist/feelback.js): run `npm run build` first.
 * Servers are fixtures (tests/e2e/fixtures.ts), so there is no webServer block.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    // Tracing costs about a fifth of the run on two cores; ask for it with `--trace on`.
    trace: 'off',
  },
});
