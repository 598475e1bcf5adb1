import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Collector } from '../../demo/collector.js';
import type { StaticServer } from '../../demo/static-server.js';
import { WIDGET_VERSION } from '../../src/shared/version.ts';
import {
  expect,
  type Guard,
  poll,
  snippetHtml,
  staysFor,
  test,
  type WidgetPageOptions,
  widgetPage,
} from './fixtures.ts';
import { anyRequestFor, distFiles, distPath, pathsRequested } from './support/dist-files.ts';
import { pastLeftoverLook, watchLeftoverLook } from './support/leftover-look.ts';
import { answer, ask, readOutbox, region, thanks } from './support/widget.ts';

const CORE_FILE = distPath('core');
const PROMPT_FILE = distPath('prompt');
const MESSAGES_FILE = distPath('messages');
const config = (endpoint: string) => ({ endpoint, site: 'loader-shop' });

/** Paths of the page's requests, as they happen. */
function requestsOf(page: Page): string[] {
  const requested = pathsRequested(page);
  return requested;
}

const databases = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name).filter(Boolean));

/** Opens the shop page on an installed clock, watching the loader's look for leftovers (support/leftover-look.ts). */
async function openWatchingLeftoverLook(page: Page, server: StaticServer, options: WidgetPageOptions): Promise<void> {
  await watchLeftoverLook(page);
  await widgetPage(page, server, options);
}

/** A first visit whose answer the endpoint refused (503): it waits on the device for a later page. */
async function answerWhileEndpointDown(page: Page, server: StaticServer, collector: Collector, guard: Guard) {
  guard.allowFailedRequests(collector.url);
  collector.setMode({ status: 503 });
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  const [stored] = await readOutbox(page);
  expect(stored).toBeDefined();
  return stored;
}

test('a page view where nothing happens fetches only the loader and leaves nothing on the device', async ({
  page,
  server,
  collector,
}) => {
  const requested = requestsOf(page);
  await openWatchingLeftoverLook(page, server, { config: config(collector.endpoint) });
  await pastLeftoverLook(page);
  expect(requested).toContain('/dist/feelback.js');
  expect(requested).not.toContain(CORE_FILE);
  expect(requested).not.toContain(PROMPT_FILE);
  expect(await databases(page)).toEqual([]);
  expect(collector.requests).toEqual([]);
});

test('the first step brings the widget in, once, and its prompt shows', async ({ page, server, collector }) => {
  const requested = requestsOf(page);
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await page.waitForLoadState('networkidle');
  expect(requested).not.toContain(CORE_FILE);
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  // Not shown (one is open): a debug line, but without debug: true there is nothing to say.
  await ask(page, 'returns');
  await page.keyboard.press('Escape');
  await ask(page, 'basket');
  await expect(region(page)).toBeVisible();
  expect(requested.filter((path) => path === CORE_FILE)).toHaveLength(1);
  // The words of config warnings and debug lines are fetched only when there is something to say.
  expect(requested).not.toContain(MESSAGES_FILE);
});

test('answers left from an earlier visit bring the widget in after load, and arrive once', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const stored = await answerWhileEndpointDown(page, server, collector, guard);

  // The next page only initialises; then the endpoint works again (not before: the first page's
  // own retry must not deliver the answer).
  const requested = requestsOf(page);
  await widgetPage(page, server, { config: config(collector.endpoint) });
  collector.setMode('ok');
  expect(requested).not.toContain(CORE_FILE);
  await poll(() => collector.received.map((event) => event.id)).toEqual([stored?.key]);
  expect(requested.filter((path) => path === CORE_FILE)).toHaveLength(1);
  expect(requested).not.toContain(PROMPT_FILE);
  await poll(() => readOutbox(page)).toEqual([]);
  expect(collector.duplicates).toBe(0);
});

test('an init made later (by a consent banner) still brings the widget in for answers from an earlier visit', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const stored = await answerWhileEndpointDown(page, server, collector, guard);

  // The next page's snippet has no init: the page inits two seconds later, past the loader's
  // first look (which, with no config, does not look).
  const requested = requestsOf(page);
  const html = snippetHtml({ config: {} }).replace(/\n\s*feelback\('init', \{\}\);/, '');
  expect(html).not.toContain("'init'");
  await watchLeftoverLook(page);
  await page.goto(`${server.url}${server.page(html)}`);
  collector.setMode('ok');
  await page.clock.runFor(2_000);
  await page.evaluate(() => fetch(location.href, { cache: 'no-store' }).then(() => undefined));
  expect(requested).not.toContain(CORE_FILE);
  await page.evaluate((late) => window.feelback('init', late), config(collector.endpoint));
  await pastLeftoverLook(page);
  await poll(() => requested.filter((path) => path === CORE_FILE)).toHaveLength(1);
  // Delivered at once rather than on the page's paused clock.
  await page.evaluate(() => window.feelback('flush'));
  await poll(() => collector.received.map((event) => event.id)).toEqual([stored?.key]);
  expect(collector.duplicates).toBe(0);
});

test('a bad config is reported when the widget first has something to do', async ({ page, server, guard }) => {
  await openWatchingLeftoverLook(page, server, { config: { endpoint: 'ftp://collect.example', site: 'loader-shop' } });
  await pastLeftoverLook(page);
  expect(guard.warnings('[feelback]')).toEqual([]);
  await ask(page, 'checkout');
  await poll(() => guard.warnings('[feelback] config.')).toEqual([
    '[feelback] config.endpoint: expected an http(s) URL or a path starting with "/". The widget stays off.',
  ]);
});

test('a bad config whose warning cannot be worded (its file blocked) still names the option once; the widget stays off', async ({
  page,
  server,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  // The loader tries once more under a fresh URL; that fails too.
  await page.route(anyRequestFor(MESSAGES_FILE), (route) => route.fulfill({ status: 404, body: 'missing' }));
  await widgetPage(page, server, { config: { endpoint: 'ftp://collect.example', site: 'loader-shop' } });
  await ask(page, 'checkout');
  await poll(() => guard.warnings('[feelback]')).toEqual([
    '[feelback] config.endpoint is not valid; see the README. The widget stays off.',
  ]);
  await ask(page, 'checkout');
  // A prompt or a second warning from that call would come a moment later: watch for a while.
  await staysFor(500, async () => [await region(page).count(), guard.warnings('[feelback]').length], [0, 1]);
});

test('a widget file that cannot load: one warning, no page error, and the next step tries again', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  // The loader tries once more under a fresh URL; that fails too.
  const core = anyRequestFor(CORE_FILE);
  await page.route(core, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await ask(page, 'checkout');
  await poll(() => guard.warnings('[feelback]')).toHaveLength(1);
  expect(guard.warnings('[feelback]')[0]).toMatch(/^\[feelback\] could not load \(.+\); the next step tries again\.$/);
  await page.unroute(core);
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  expect(guard.warnings('[feelback]')).toHaveLength(1);
});

/**
 * A package CDN's short URL serves the loader as package.json's `jsdelivr` and `unpkg` fields say,
 * but `currentScript.src` stays the short URL (after unpkg's redirect too): beside it, on the
 * CDN, are other npm packages, and `feelback-core.<hash>.js` is a name anyone may publish.
 */
for (const short of ['/npm/feelback', '/npm/feelback@0.1']) {
  test(`loaded by a package CDN's short URL (${short}), it imports only from that version's dist/`, async ({
    page,
    server,
    collector,
  }) => {
    const dir = `/npm/feelback@${WIDGET_VERSION}/dist/`;
    const requested: string[] = [];
    await page.route('https://cdn.test/**', (route) => {
      const { pathname } = new URL(route.request().url());
      requested.push(pathname);
      const file = pathname === short ? 'feelback.js' : pathname.startsWith(dir) ? pathname.slice(dir.length) : '';
      const body = file && !file.includes('..') ? readFileSync(new URL(`../../dist/${file}`, import.meta.url)) : '';
      const headers = { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' };
      return route.fulfill({ status: body ? 200 : 404, headers, body });
    });
    const html = snippetHtml({ config: config(collector.endpoint) }).replace(
      'src="/dist/feelback.js"',
      `src="https://cdn.test${short}"`,
    );
    await page.goto(`${server.url}${server.page(html)}`);
    await ask(page, 'checkout');
    await expect(region(page)).toBeVisible();
    expect(requested.filter((path) => path !== short && !path.startsWith(dir))).toEqual([]);
    expect(requested).toContain(`${dir}${distFiles().core}`);
  });
}

/**
 * An element with id="feelback" (the obvious id for the inline slot) is `window.feelback` by the
 * browser's named access: a stub that kept whatever `window.feelback` was threw "feelback is not a
 * function" into the page, and the init was lost.
 */
test('a page with an element id="feelback" before the snippet: no exception, and the prompt shows in it', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, {
    config: { ...config(collector.endpoint), placement: { inline: '#feelback' } },
    before: '<section id="feelback"></section>',
  });
  await ask(page, 'order_confirmed');
  await expect(page.locator('#feelback > feelback-widget')).toHaveCount(1);
  await expect(region(page)).toBeVisible();
});
