import { answer, region, thanks } from '../support/widget.ts';
import { expect, poll, test } from './app-fixtures.ts';

// A React page rendered on the server (react-dom/server, the Next.js recipe's client boundary,
// tests/apps/ssr/) and hydrated in the browser.

test('renders on the server, hydrates without a mismatch, asks, and delivers once', async ({
  page,
  apps,
  collector,
  guard,
}) => {
  const response = await page.goto(`${apps.url}/ssr/`);
  // The server's HTML holds the page, and nothing of the widget.
  const html = (await response?.text()) ?? '';
  expect(html).toContain('<h1>Checkout</h1>');
  expect(html).not.toContain('feelback-widget');
  await expect(region(page)).toBeVisible();
  await answer(page, { rating: 3 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ source: 'acme-shop', data: { step: 'checkout', rating: 3 } });
  // React reports a hydration mismatch on the console (an error, which the guard fails on, or a warning).
  expect(guard.console.filter((entry) => /hydrat/i.test(entry.text))).toEqual([]);
});
