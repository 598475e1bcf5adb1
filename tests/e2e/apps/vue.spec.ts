import { answer, region, thanks, widget } from '../support/widget.ts';
import { expect, poll, pushed, test } from './app-fixtures.ts';

// The Vue example (tests/apps/vue/): Vue Router and feelback/vue's plugin and step composable.

test('asks on the first screen, and the collector receives the answer once', async ({ page, apps, collector }) => {
  await page.goto(`${apps.url}/vue/`);
  await expect(region(page)).toBeVisible();
  await answer(page, { rating: 2 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ source: 'vue-shop', data: { step: 'product', rating: 2 } });
  await poll(() => pushed(page)).toEqual(['feelback.shown product', 'feelback.answered product', 'feelback.delivered']);
  await expect(widget(page)).toHaveCount(1);
  expect(collector.duplicates).toBe(0);
});

test('a route change is a new page: a prompt stays by default, the cap starts over, leaving checkout closes its prompt, a URL trigger fires', async ({
  page,
  apps,
  collector,
}) => {
  await page.goto(`${apps.url}/vue/`);
  await expect(region(page)).toBeVisible();
  // By default a screen's prompt stays when the shopper moves on: they may still answer it.
  await page.getByRole('link', { name: 'Basket' }).click();
  await expect(page.getByRole('heading', { name: 'Basket' })).toBeVisible();
  await expect(region(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(region(page)).toBeVisible();
  await page.getByRole('link', { name: 'Basket' }).click();
  await expect(widget(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Place order' }).click();
  await expect(region(page)).toBeVisible();
  await answer(page, { rating: 5 });
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ data: { step: 'order_confirmed', rating: 5 } });
  await poll(() => pushed(page)).toEqual([
    'feelback.shown product',
    'feelback.dismissed product escape',
    'feelback.shown checkout',
    'feelback.dismissed checkout site',
    'feelback.shown order_confirmed',
    'feelback.answered order_confirmed',
    'feelback.delivered',
  ]);
});
