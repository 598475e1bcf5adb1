import { answer, region, thanks, widget } from '../support/widget.ts';
import { expect, poll, pushed, test } from './app-fixtures.ts';

// The React example (tests/apps/react/): Strict Mode on, React Router, feelback/react's provider
// and step hook, built with Vite and answering to the real collector through the site's /answers.

test('Strict Mode asks once on the first screen, and the collector receives the answer once', async ({
  page,
  apps,
  collector,
}) => {
  await page.goto(`${apps.url}/react/`);
  await expect(region(page)).toBeVisible();
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ source: 'react-shop', data: { step: 'product', rating: 4 } });
  // Strict Mode's double effects made no second instance, prompt or answer.
  await poll(() => pushed(page)).toEqual(['feelback.shown product', 'feelback.answered product', 'feelback.delivered']);
  await expect(widget(page)).toHaveCount(1);
  expect(collector.duplicates).toBe(0);
});

test('a route change is a new page: a prompt stays by default, the cap starts over, leaving checkout closes its prompt, a URL trigger fires', async ({
  page,
  apps,
  collector,
}) => {
  await page.goto(`${apps.url}/react/`);
  await expect(region(page)).toBeVisible();
  // By default a screen's prompt stays when the shopper moves on: they may still answer it.
  await page.getByRole('link', { name: 'Basket' }).click();
  await expect(page.getByRole('heading', { name: 'Basket' })).toBeVisible();
  await expect(region(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  // One prompt per page (the default): the new route may ask again.
  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(region(page)).toBeVisible();
  // The checkout screen closes its own prompt when the shopper leaves it.
  await page.getByRole('link', { name: 'Basket' }).click();
  await expect(widget(page)).toHaveCount(0);
  // The URL trigger watches the router's navigation.
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
  expect(page.url()).toBe(`${apps.url}/react/confirmed`);
});

test('unmounting the provider removes the prompt and stops the widget; the app goes on', async ({ page, apps }) => {
  await page.goto(`${apps.url}/react/`);
  await expect(region(page)).toBeVisible();
  await page.getByRole('button', { name: 'Close the shop' }).click();
  await expect(page.getByText('The shop is closed.')).toBeVisible();
  await expect(widget(page)).toHaveCount(0);
  // Nothing of the widget is left to react to the page: a route change asks nothing.
  await page.evaluate(() => history.pushState(null, '', '/react/confirmed'));
  await page.waitForTimeout(300);
  await expect(widget(page)).toHaveCount(0);
});
