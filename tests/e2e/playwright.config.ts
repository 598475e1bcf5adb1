import { defineConfig } from '@playwright/test';
import type { EngineOptions } from './engines/fixtures.ts';

/** The scenarios every engine runs (tests/e2e/engines/); the rest of the suite is Chromium's. */
const ENGINE_SCENARIOS = /engines\/[^/]+\.spec\.ts$/;

/** The Chromium flags every test browser starts with. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium built without the browser around it (package `chromium-headless-shell`):
 * the same Blink, V8 and network stack, at about a third of the CPU per test on two cores. Most
 * Chromium tests run in it; what needs the whole browser launches `/usr/bin/chromium` itself
 * (the engine scenarios, the back/forward cache, a persistent profile), from `use.launchOptions`.
 */
const CHROMIUM_SHELL_PATH = process.env.CHROMIUM_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

/**
 * Real-browser tests of the built script tag (dist/feelback.js): run `npm run build` first.
 * Servers are fixtures (tests/e2e/fixtures.ts), so there is no webServer block.
 */
export default defineConfig<EngineOptions>({
  testDir: '.',
  testMatch: '*.spec.ts',
  projects: [
    {
      name: 'chromium',
      use: { engineName: 'chromium', launchOptions: { executablePath: CHROMIUM_SHELL_PATH, args: CHROMIUM_ARGS } },
    },
    { name: 'firefox', testMatch: ENGINE_SCENARIOS, use: { engineName: 'firefox' } },
    { name: 'webkit', testMatch: ENGINE_SCENARIOS, use: { engineName: 'webkit' } },
  ],
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  // Three on two cores: a worker often waits (a reload, a storage timeout, a server's reply), and
  // with two the cores sat idle 18% of a run; with three, 8%, as with two in the whole browser.
  workers: 3,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    // Tracing costs about a fifth of the run on two cores; ask for it with `--trace on`.
    trace: 'off',
  },
});
