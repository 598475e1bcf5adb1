import { defineConfig } from '@playwright/test';
import type { EngineOptions } from './engines/fixtures.ts';

/** The scenarios every engine runs (tests/e2e/engines/); the rest of the suite is Chromium's. */
const ENGINE_SCENARIOS = /engines\/[^/]+\.spec\.ts$/;

/**
 * Real-browser tests of the built script tag (dist/feelback.js): run `npm run build` first.
 * Servers are fixtures (tests/e2e/fixtures.ts), so there is no webServer block.
 */
export default defineConfig<EngineOptions>({
  testDir: '.',
  testMatch: '*.spec.ts',
  projects: [
    { name: 'chromium', use: { engineName: 'chromium' } },
    { name: 'firefox', testMatch: ENGINE_SCENARIOS, use: { engineName: 'firefox' } },
    { name: 'webkit', testMatch: ENGINE_SCENARIOS, use: { engineName: 'webkit' } },
  ],
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
