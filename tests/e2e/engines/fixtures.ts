import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { type Collector, startCollector } from '../../../demo/collector.js';
import { startStatic } from '../../../demo/static-server.js';
import { collectorOptions } from '../fixtures.ts';
import type { Engine, EngineName, Session, SessionOptions } from './engine.ts';
import { Guard } from './guard.ts';
import { Site } from './page.ts';
import { CHROMIUM_PATH, launchChromium } from './playwright.ts';
import { FIREFOX_PATH, launchFirefox } from './puppeteer-firefox.ts';
import { launchWebKit, MINIBROWSER } from './webdriver-webkit.ts';

export { expect };

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const AXE = dirname(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

const LAUNCH: Record<EngineName, () => Promise<Engine>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
};

/** What each engine needs on the machine; `.ci/run` installs it from Debian. */
const NEEDS: Record<EngineName, Array<[string, string]>> = {
  chromium: [[CHROMIUM_PATH, 'chromium']],
  firefox: [[FIREFOX_PATH, 'firefox-esr']],
  webkit: [
    [MINIBROWSER, 'webkit2gtk-driver'],
    ['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
    ['/usr/bin/Xvfb', 'xvfb'],
  ],
};

export interface EngineOptions {
  /** Which engine the project drives (set per project in playwright.config.ts). */
  engineName: EngineName;
}

interface Fixtures {
  /** Options for the test's session: `test.use({ sessionOptions: … })`. */
  sessionOptions: SessionOptions;
  site: Site;
  collector: Collector;
  guard: Guard;
  session: Session;
}

export const test = base.extend<Fixtures, EngineOptions & { engine: Engine }>({
  engineName: ['chromium', { scope: 'worker', option: true }],
  engine: [
    async ({ engineName }, use) => {
      for (const [path, pkg] of NEEDS[engineName]) {
        if (!existsSync(path)) throw new Error(`${path} is missing: install the Debian package ${pkg} (.ci/run does).`);
      }
      const engine = await LAUNCH[engineName]();
      await use(engine);
      await engine.close();
    },
    { scope: 'worker', timeout: 30_000 },
  ],
  sessionOptions: [{}, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  site: async ({}, use) => {
    if (!existsSync(`${DIST}feelback.js`)) throw new Error('dist/feelback.js is missing: run `npm run build` first.');
    // A server (so an origin) per test: nothing stored by one test is seen by another.
    const server = await startStatic({
      roots: [
        { prefix: '/dist/', dir: DIST },
        { prefix: '/axe/', dir: AXE },
      ],
    });
    await use(new Site(server));
    await server.close();
  },
  collector: async ({ site }, use) => {
    const collector = await startCollector(collectorOptions(site.origin));
    await use(collector);
    await collector.close();
  },
  guard: async ({ engine, sessionOptions }, use) => {
    const guard = new Guard(await engine.newSession(sessionOptions));
    let found: Awaited<ReturnType<Guard['unexpected']>>;
    try {
      await use(guard);
      found = await guard.unexpected();
    } finally {
      await guard.session.close();
    }
    const { problems, warnings } = found;
    expect(problems, 'errors in the page (uncaught, unhandled, CSP or console.error)').toEqual([]);
    expect(warnings, 'warnings of the widget this test did not expect').toEqual([]);
  },
  session: async ({ guard }, use) => {
    await use(guard.watch());
  },
});
