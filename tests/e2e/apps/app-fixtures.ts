import type { Page } from '@playwright/test';
import { startCollector } from '../../../demo/collector.js';
import { test as base, collectorOptions } from '../fixtures.ts';
import { type AppServer, startAppServer } from '../support/app-server.ts';

export { expect, poll } from '../fixtures.ts';

/** The example apps (tests/apps/, built by `npm run build:apps`) served beside the test's collector. */
export const test = base.extend<{ apps: AppServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  apps: async ({}, use) => {
    const apps = await startAppServer();
    await use(apps);
    await apps.close();
  },
  // The apps' site passes its /answers on to the collector, which takes answers from that site.
  collector: async ({ apps, server }, use) => {
    const options = collectorOptions(apps.url);
    const collector = await startCollector({ ...options, allowedOrigins: [...options.allowedOrigins, server.url] });
    apps.endpoint = collector.endpoint;
    await use(collector);
    await collector.close();
  },
});

/** What the widget pushed to `window.dataLayer` (the examples set `dataLayer: true`), as `event step reason`. */
export const pushed = (page: Page) =>
  page.evaluate(() =>
    (
      (window as unknown as { dataLayer?: Array<{ event?: string; feelback?: { step?: string; reason?: string } }> })
        .dataLayer ?? []
    )
      .filter((entry) => entry.event?.startsWith('feelback.'))
      .map((entry) => [entry.event, entry.feelback?.step, entry.feelback?.reason].filter(Boolean).join(' ')),
  );
