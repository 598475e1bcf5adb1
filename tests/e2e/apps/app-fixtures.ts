import type { Page } from '@playwright/test';
import { test as base } from '../fixtures.ts';
import { type AppServer, startAppServer } from '../support/app-server.ts';

export { expect, poll } from '../fixtures.ts';

/** The example apps (tests/apps/, built by `npm run build:apps`) served beside the test's collector. */
export const test = base.extend<{ apps: AppServer }>({
  apps: async ({ collector }, use) => {
    const apps = await startAppServer(collector.endpoint);
    await use(apps);
    await apps.close();
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
