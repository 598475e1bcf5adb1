import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { type StaticServer, startStatic } from '../../../demo/static-server.js';
import { VIEWS } from '../../../demo/studio/views.js';
import { expect, test } from '../fixtures.ts';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const DEMO = fileURLToPath(new URL('../../../demo/', import.meta.url));

/** The demo a spec file serves (see `serveDemo`). */
export interface Demo {
  /** Its address. */
  url(): string;
  /** Opens its studio talking to the collector at `collector`, with `query` (`&key=value…`), previewing only `views`. */
  open(page: Page, collector: string, query?: string, views?: readonly string[]): Promise<void>;
}

/**
 * Serves the demo, with the built widget under /dist/, for the spec file that calls this: one
 * server per file (its beforeAll starts it, its afterAll stops it).
 */
export function serveDemo(): Demo {
  let demo: StaticServer | undefined;
  test.beforeAll(async () => {
    demo = await startStatic({
      roots: [
        { prefix: '/dist/', dir: DIST },
        { prefix: '/', dir: DEMO },
      ],
    });
  });
  test.afterAll(() => demo?.close());
  const url = () => demo?.url ?? '';
  return {
    url,
    open: (page, collector, query = '', views = ['prompt']) =>
      openStudio(page, `${url()}/studio.html?collector=${encodeURIComponent(collector)}${query}`, views),
  };
}

/**
 * Opens the studio at `url` and waits until its previews show the widget. `views`: only these
 * previews (the studio's `views=` option), for a test that reads no other: each preview is a page
 * of its own that loads, and redraws at every edit. Without it, the address's own `views=`, or all.
 */
export async function openStudio(page: Page, url: string, views?: readonly string[]): Promise<void> {
  const address = new URL(url);
  if (views) address.searchParams.set('views', views.join(','));
  await page.goto(address.href);
  for (const view of address.searchParams.get('views')?.split(',') ?? Object.keys(VIEWS)) {
    await expect(page.frameLocator(`iframe[data-view="${view}"]`).locator('feelback-widget')).toHaveCount(1);
  }
}
