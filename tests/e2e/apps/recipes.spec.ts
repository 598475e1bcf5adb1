import { pathsRequested } from '../support/dist-files.ts';
import { snippet } from '../support/doc-blocks.ts';
import { answer, region, thanks, widget } from '../support/widget.ts';
import { expect, poll, pushed, test } from './app-fixtures.ts';

// The recipes of docs/recipes.md, run as written: the Vite app is tests/apps/vite-spa/ (the docs
// show its main.ts word for word), and the Tag Manager tags are read from the docs page.

test('a Vite app fetches the widget only on its first step, then asks, tells its listener and delivers once', async ({
  page,
  apps,
  collector,
}) => {
  const fetched = pathsRequested(page);
  await page.goto(`${apps.url}/vite-spa/`);
  await page.waitForLoadState('networkidle');
  // The entry chunk holds the front; the widget's chunk is not fetched before a step.
  expect(fetched.filter((path) => /npm-widget|\/ui-/.test(path))).toEqual([]);
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(region(page)).toBeVisible();
  expect(fetched.filter((path) => path.includes('npm-widget'))).toHaveLength(1);
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  // The app's own listener, subscribed before the widget came, heard the answer.
  await expect(page.locator('#status')).toHaveText('Thanks for your 4 out of 5.');
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ source: 'acme-shop', data: { step: 'checkout', rating: 4 } });
});

/**
 * Runs a Custom HTML tag as Google Tag Manager does: its markup goes into the page, and each
 * script in it is made anew so that it runs (inline ones at once, external ones async).
 */
const runCustomHtmlTag = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of Array.from(template.content.childNodes)) {
    if (!(node instanceof HTMLScriptElement)) continue;
    const script = document.createElement('script');
    for (const { name, value } of Array.from(node.attributes)) script.setAttribute(name, value);
    script.text = node.text;
    document.body.append(script);
  }
};

test('Google Tag Manager: the setup and step tags from the docs ask, deliver once and fill the dataLayer', async ({
  page,
  server,
  collector,
}) => {
  // The docs' placeholders, pointed at this test's collector and build.
  const setup = snippet('docs/recipes.md', 'gtm-setup')
    .replace('https://collect.example.com/answers', collector.endpoint)
    .replace('https://cdn.example.com/feelback.js', `${server.url}/dist/feelback.js`);
  expect(setup).not.toContain('example.com');
  const step = snippet('docs/recipes.md', 'gtm-step');
  const path = server.page(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Order confirmed</title></head><body><main><h1>Thank you</h1></main></body></html>',
  );
  await page.goto(`${server.url}${path}`);
  // The container fires the setup tag, then the step's tag (tag sequencing).
  await page.evaluate(runCustomHtmlTag, setup);
  await page.evaluate(runCustomHtmlTag, step);
  await expect(region(page)).toBeVisible();
  await answer(page, { rating: 5, comment: 'Fast.' });
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ data: { step: 'order_confirmed', rating: 5, comment: 'Fast.' } });
  await poll(() => pushed(page)).toEqual([
    'feelback.shown order_confirmed',
    'feelback.answered order_confirmed',
    'feelback.delivered',
  ]);
  // The comment, personal words perhaps, never reaches the page's analytics.
  expect(
    JSON.stringify(await page.evaluate(() => (window as unknown as { dataLayer: unknown }).dataLayer)),
  ).not.toContain('Fast.');
  await expect(widget(page)).toHaveCount(1);
});
