import type { Page } from '@playwright/test';
import type { Collector } from '../../demo/collector.js';
import { expect, type Guard, poll, test, widgetPage } from './fixtures.ts';
import { region, widget } from './support/widget.ts';

const config = (collector: Collector, triggers: unknown[]) => ({
  endpoint: collector.endpoint,
  site: 'shop-e2e',
  debug: true,
  triggers,
});

/** Steps the widget showed a prompt for, in order. */
const shownSteps = (guard: Guard) => guard.events('shown').map((event) => event.payload.step);

/** The debug lines of triggers that fired. */
const fired = (guard: Guard) =>
  guard.console.filter((m) => /^\[feelback\] trigger: .*; asking step/.test(m.text)).map((m) => m.text);

/** Pages whose trigger runtime (a file of its own, imported at start) has arrived. */
const runtimeLoaded = new WeakSet<Page>();
test.beforeEach(({ page }) => {
  page.on('requestfinished', (request) => {
    if (/\/feelback-triggers\.[\w-]+\.js$/.test(request.url())) runtimeLoaded.add(page);
  });
});

/** Waits until the trigger runtime is in, then two frames: by then it is listening. */
const settle = async (page: Page) => {
  // Polled from here: a test may have installed a fake clock in the page.
  await poll(() => runtimeLoaded.has(page)).toBe(true);
  for (let frame = 0; frame < 2; frame++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
};

/** A rule that never fires by itself: dispatching `e2e:sentinel` proves the widget still asks. */
const SENTINEL = { step: 'sentinel', on: { event: 'e2e:sentinel' } };
const sentinel = (page: Page) => page.evaluate(() => window.dispatchEvent(new CustomEvent('e2e:sentinel')));

test('a url trigger shows the prompt when the page loads on a matching URL', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'order_confirmed', on: { url: '/p/*.html?order=confirmed' } }]),
    suffix: '?order=confirmed',
    events: true,
  });
  await settle(page);
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['order_confirmed']);
});

test('a url trigger that does not match shows nothing', async ({ page, server, collector, guard }) => {
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'order', on: { urlPattern: '^/order/\\d+$' } }, SENTINEL]),
    events: true,
  });
  await settle(page);
  expect(fired(guard)).toEqual([]);
  await expect(widget(page)).toHaveCount(0);
  await sentinel(page);
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['sentinel']);
});

test('a url trigger fires after history.pushState in a single-page app, without a reload', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'order_confirmed', on: { url: '/shop/order/*/confirmed' } }]),
    events: true,
  });
  await settle(page);
  await page.evaluate(() => {
    document.body.dataset.sameDocument = 'yes';
    history.pushState({}, '', '/shop/basket');
  });
  await settle(page);
  expect(fired(guard)).toEqual([]);
  await page.evaluate(() => history.pushState({}, '', '/shop/order/12/confirmed'));
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['order_confirmed']);
  await expect(page.locator('body')).toHaveAttribute('data-same-document', 'yes');
});

test('a url trigger fires when the back button returns to a matching URL', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'order_confirmed', on: { url: '/shop/confirmed' } }]),
    // The app has already moved on from the confirmation when the widget starts.
    before: `<script>history.replaceState({}, '', '/shop/confirmed'); history.pushState({}, '', '/shop/browse');</script>`,
    events: true,
  });
  await settle(page);
  expect(fired(guard)).toEqual([]);
  await page.goBack();
  await expect(region(page)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/shop/confirmed');
  expect(shownSteps(guard)).toEqual(['order_confirmed']);
});

test('a click trigger fires for a click on a child of the matching element', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'add_to_basket', on: { click: '.add-to-basket' } }, SENTINEL]),
    before:
      '<button class="add-to-basket"><span id="label">Add to basket</span></button><button id="other">Other</button>',
    events: true,
  });
  await settle(page);
  await page.locator('#other').click();
  await settle(page);
  expect(fired(guard)).toEqual([]);
  await page.locator('#label').click();
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['add_to_basket']);
});

test('a click trigger sees elements inside an open shadow root of the host page', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'add_to_basket', on: { click: '.add-to-basket' } }]),
    before: `<shop-card></shop-card><script>
      document.querySelector('shop-card').attachShadow({ mode: 'open' }).innerHTML = '<button class="add-to-basket">Add</button>';
    </script>`,
    events: true,
  });
  await settle(page);
  await page.locator('shop-card').getByRole('button', { name: 'Add' }).click();
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['add_to_basket']);
});

test('a custom event trigger fires, and its detail can set the question', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'basket', on: { event: 'cart:updated' } }]),
    events: true,
  });
  await settle(page);
  await page.evaluate(() =>
    document.dispatchEvent(new CustomEvent('cart:updated', { detail: { question: 'How was adding that?' } })),
  );
  await expect(region(page)).toBeVisible();
  await expect(widget(page).getByText('How was adding that?', { exact: true })).toBeVisible();
  expect(shownSteps(guard)).toEqual(['basket']);
});

test('a timeOnPage trigger fires after that much time on the page', async ({ page, server, collector, guard }) => {
  // Paused from the start: time that passes while the machine is busy must not count.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'reading', on: { timeOnPage: 30_000 } }]),
    events: true,
  });
  // The loader starts the widget in a task of its own, a zero-delay timer: the paused clock holds it.
  await page.clock.runFor(1);
  // Animation frames wait for the paused clock too: two frames' worth of it.
  await poll(() => runtimeLoaded.has(page)).toBe(true);
  await page.clock.runFor(32);
  await page.clock.runFor(28_968);
  // A round trip, so console messages sent before it have arrived.
  await page.evaluate(() => 0);
  expect(fired(guard)).toEqual([]);
  await page.clock.runFor(1_000);
  await poll(() => fired(guard)).toHaveLength(1);
  // The prompt that follows waits for timers of its own.
  await page.clock.resume();
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['reading']);
});

test('a scrollDepth trigger fires once the shopper has scrolled that far', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'read', on: { scrollDepth: 75 } }]),
    before: '<div style="height: 2600px">Long article</div>',
    events: true,
  });
  await settle(page);
  await page.mouse.move(400, 300);
  await page.mouse.wheel(0, 1_000);
  await poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(900);
  await settle(page);
  expect(fired(guard)).toEqual([]);
  await page.mouse.wheel(0, 2_000);
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['read']);
});

test('an exitIntent trigger fires when the mouse leaves through the top of the window', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await page.clock.install();
  await widgetPage(page, server, {
    config: config(collector, [{ step: 'leaving', on: { exitIntent: true } }]),
    events: true,
  });
  await settle(page);
  await page.clock.runFor(4_000);
  await page.mouse.move(400, 300);
  await page.mouse.move(400, 200, { steps: 2 });
  await settle(page);
  expect(fired(guard)).toEqual([]);
  await page.mouse.move(400, -20, { steps: 5 });
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['leaving']);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('an exitIntent trigger does nothing', async ({ page, server, collector, guard }) => {
    await page.clock.install();
    await widgetPage(page, server, {
      config: config(collector, [{ step: 'leaving', on: { exitIntent: true } }, SENTINEL]),
      events: true,
    });
    await settle(page);
    expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(false);
    await page.clock.runFor(4_000);
    await page.mouse.move(100, 100);
    await page.mouse.move(100, -20, { steps: 5 });
    await settle(page);
    expect(fired(guard)).toEqual([]);
    expect(guard.console.map((m) => m.text)).toContain('[feelback] trigger: exitIntent needs a mouse; skipped.');
    await sentinel(page);
    await expect(region(page)).toBeVisible();
    expect(shownSteps(guard)).toEqual(['sentinel']);
  });
});

test('an invalid rule warns once, naming it, and a valid rule still works', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: config(collector, [
      { step: 'checkout', on: { click: 'button[' } },
      { step: 'basket', on: { event: 'cart:updated' } },
    ]),
    events: true,
  });
  await settle(page);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('cart:updated')));
  await expect(region(page)).toBeVisible();
  expect(shownSteps(guard)).toEqual(['basket']);
  expect(guard.warnings('[feelback]')).toEqual([
    '[feelback] config.triggers[0] (step "checkout"): on.click: expected a CSS selector that parses. This rule is skipped.',
  ]);
});

test('destroy removes the triggers: nothing is shown afterwards', async ({ page, server, collector, guard }) => {
  await widgetPage(page, server, {
    config: config(collector, [
      { step: 'basket', on: { event: 'cart:updated' } },
      { step: 'buy', on: { click: '#buy' } },
    ]),
    events: true,
  });
  await settle(page);
  await page.evaluate(() => window.feelback('destroy'));
  await page.locator('#buy').click();
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('cart:updated')));
  await page.evaluate(() => history.pushState({}, '', '/elsewhere'));
  await settle(page);
  expect(fired(guard)).toEqual([]);
  await expect(widget(page)).toHaveCount(0);
  expect(shownSteps(guard)).toEqual([]);
});
