import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCollector } from '../../demo/collector.js';
import { type StaticServer, startStatic } from '../../demo/static-server.js';
import { collectorOptions, expect, poll, staysFor, test } from './fixtures.ts';
import { pathsRequested } from './support/dist-files.ts';
import { databases, JOURNEY_DB, readEtiquette } from './support/journey.ts';
import { pastLeftoverLook, watchLeftoverLook } from './support/leftover-look.ts';
import { renderBlock, type StorefrontContext } from './support/render-liquid.ts';
import { answer, closeButton, region, thanks, widget } from './support/widget.ts';

// The theme app extension's app embed block (integrations/shopify/theme-extension/), rendered
// with liquidjs into a storefront page that loads the script tag from the extension's assets
// (`npm run build:shopify` fills them), run in Chromium against the collector.

const ASSETS = fileURLToPath(new URL('../../integrations/shopify/theme-extension/assets/', import.meta.url));

const storefront = test.extend<{ shop: StaticServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  shop: async ({}, use) => {
    if (!existsSync(`${ASSETS}feelback.js`))
      throw new Error('the extension has no assets: run `npm run build:shopify`.');
    const shop = await startStatic({ roots: [{ prefix: '/cdn/assets/', dir: ASSETS }] });
    await use(shop);
    await shop.close();
  },
  // The storefront is the shop whose answers the collector takes.
  collector: async ({ shop }, use) => {
    const collector = await startCollector(collectorOptions(shop.url));
    await use(collector);
    await collector.close();
  },
});

const context = (
  template: string,
  iso: string,
  settings: StorefrontContext['block']['settings'],
): StorefrontContext => ({
  template: { name: template },
  request: { locale: { iso_code: iso } },
  block: { settings },
});

/** `head`: what the storefront's own `content_for_header` puts in the page before the block. */
async function openStorefront(
  shop: StaticServer,
  page: import('@playwright/test').Page,
  ctx: StorefrontContext,
  head = '',
) {
  const block = await renderBlock('feelback', ctx, `${shop.url}/cdn/assets/`);
  const path = shop.page(
    `<!doctype html><html lang="${ctx.request.locale.iso_code}"><head><meta charset="utf-8"><title>Shop</title>${head}</head>` +
      `<body><main><h1>${ctx.template.name}</h1></main>${block}</body></html>`,
  );
  await page.goto(`${shop.url}${path}`);
}

storefront(
  'a product page asks in the storefront language, and the collector receives the answer once',
  async ({ page, shop, collector }) => {
    await openStorefront(
      shop,
      page,
      context('product', 'de', {
        endpoint: collector.endpoint,
        site: 'acme-shop',
        privacy_url: 'https://acme.example/privacy',
      }),
    );
    await expect(region(page)).toBeVisible();
    // German texts come from the flat assets (locales-de.<hash>.js), beside the loader.
    await expect(widget(page).getByText('Wie haben Sie sich dabei gefühlt?', { exact: true })).toBeVisible();
    await answer(page, { rating: 4 });
    await expect(thanks(page, /^Vielen Dank!/)).toBeVisible();
    await poll(() => collector.received.length).toBe(1);
    expect(collector.received[0]).toMatchObject({
      source: 'acme-shop',
      data: { step: 'product', rating: 4, locale: 'de' },
    });
    expect(collector.duplicates).toBe(0);
  },
);

for (const [template, step] of [
  ['collection', 'collection'],
  ['cart', 'cart'],
  ['search', 'search'],
] as const) {
  storefront(`the ${template} template is the ${step} step`, async ({ page, shop, collector }) => {
    await openStorefront(shop, page, context(template, 'en', { endpoint: collector.endpoint, site: 'acme-shop' }));
    await expect(region(page)).toBeVisible();
    await answer(page, { rating: 5 });
    await poll(() => collector.received.length).toBe(1);
    expect(collector.received[0]).toMatchObject({ data: { step, locale: 'en' } });
  });
}

storefront('another template asks nothing and fetches nothing but the loader', async ({ page, shop, collector }) => {
  const fetched = pathsRequested(page);
  await watchLeftoverLook(page);
  await openStorefront(shop, page, context('index', 'en', { endpoint: collector.endpoint, site: 'acme-shop' }));
  // Past the loader's look for answers left from an earlier visit, the one thing it does by itself.
  await pastLeftoverLook(page);
  await expect(widget(page)).toHaveCount(0);
  expect(fetched.filter((path) => path.startsWith('/cdn/'))).toEqual(['/cdn/assets/feelback.js']);
});

storefront('without an endpoint or site set, the block renders nothing', async () => {
  const html = await renderBlock('feelback', context('product', 'en', { site: 'acme-shop' }), '/cdn/assets/');
  expect(html.trim()).toBe('');
});

storefront(
  'in the theme editor (design mode) the block renders nothing: a click in the preview posts no answer',
  async () => {
    const ctx = context('product', 'en', { endpoint: 'https://collect.example/answers', site: 'acme-shop' });
    // The same page outside the editor does load the widget.
    expect(await renderBlock('feelback', ctx, '/cdn/assets/')).toContain('src="/cdn/assets/feelback.js"');
    const editor = { ...ctx, request: { ...ctx.request, design_mode: true } };
    expect((await renderBlock('feelback', editor, '/cdn/assets/')).trim()).toBe('');
  },
);

storefront(
  "the etiquette memory waits for the shopper's consent to preferences, as Shopify's privacy API reports it",
  async ({ page, shop, collector }) => {
    // Shopify's customer privacy API, as the storefront loads it, with preferences not (yet) allowed.
    const shopify = `<script>window.Shopify = {
      loadFeatures: function (features, done) {
        window.Shopify.customerPrivacy = { preferencesProcessingAllowed: function () { return false; } };
        setTimeout(done);
      },
    };</script>`;
    await openStorefront(
      shop,
      page,
      context('product', 'en', { endpoint: collector.endpoint, site: 'acme-shop' }),
      shopify,
    );
    await expect(region(page)).toBeVisible();
    await closeButton(page).click();
    await expect(widget(page)).toHaveCount(0);
    // The dismissal is remembered in memory only: nothing reaches the device meanwhile.
    await staysFor(500, () => readEtiquette(page), undefined);
    expect(await databases(page)).not.toContain(JOURNEY_DB);
    // The shopper accepts in the cookie banner: what the page learnt is stored.
    await page.evaluate(() =>
      document.dispatchEvent(new CustomEvent('visitorConsentCollected', { detail: { preferencesAllowed: true } })),
    );
    await poll(() => readEtiquette(page)).toMatchObject({ steps: { product: expect.any(Number) } });
  },
);

storefront(
  'settings holding markup or quotes reach the widget as they were written',
  async ({ page, shop, collector }) => {
    const site = 'Acme</script><script>window.pwned=1</script> "Shop" \u2028 ✓';
    await openStorefront(shop, page, context('product', 'en', { endpoint: collector.endpoint, site }));
    await answer(page, { rating: 4 });
    await poll(() => collector.received.length).toBe(1);
    expect(collector.received[0]?.source).toBe(site);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  },
);
