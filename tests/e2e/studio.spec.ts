import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startCollector } from '../../demo/collector.js';
import { type StaticServer, startStatic } from '../../demo/static-server.js';
import he from '../../src/i18n/locales/he.ts';
import { collectorOptions, expect, poll, test } from './fixtures.ts';
import { runAxe } from './support/axe.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const VIEWS = ['prompt', 'follow-up', 'thanks', 'saved-offline', 'slim-bar', 'effort', 'satisfaction', 'recommend'];

let demo: StaticServer;
test.beforeAll(async () => {
  demo = await startStatic({
    roots: [
      { prefix: '/dist/', dir: DIST },
      { prefix: '/', dir: DEMO },
    ],
  });
});
test.afterAll(() => demo.close());

test.use({ viewport: { width: 1280, height: 900 } });

/** Opens the studio and waits until every preview shows the widget. */
async function openStudio(page: Page, query = ''): Promise<void> {
  await page.goto(`${demo.url}/studio.html${query}`);
  for (const view of VIEWS) {
    await expect(page.frameLocator(`iframe[data-view="${view}"]`).locator('feelback-widget')).toHaveCount(1);
  }
}

/** The `--feelback-<name>` value set on the widget in one preview. */
const previewVariable = (page: Page, view: string, name: string) =>
  page
    .frameLocator(`iframe[data-view="${view}"]`)
    .locator('feelback-widget')
    .evaluate((host, variable) => (host as HTMLElement).style.getPropertyValue(variable), `--feelback-${name}`);

test('the studio loads with no console error and no axe violation', async ({ page, collector }) => {
  await openStudio(page, `?collector=${encodeURIComponent(collector.url)}`);
  await expect(page.locator('#contrast-summary')).toHaveText(/Every colour pair meets WCAG 2.2 AA/);
  // Each preview shows its own state.
  const preview = (view: string) => page.frameLocator(`iframe[data-view="${view}"]`).locator('feelback-widget');
  await expect(preview('follow-up').locator('textarea')).toHaveValue('The delivery date was not clear');
  await expect(preview('thanks').locator('[data-focus]')).toHaveText(/^Thank you!/);
  await expect(preview('saved-offline').locator('[data-focus]')).toHaveText(/saved/);
  await expect(preview('slim-bar').getByRole('button', { expanded: false })).toHaveText('How did this make you feel?');
  await expect(preview('prompt').locator('textarea')).toHaveCount(0);
  const { violations, summary } = await runAxe(page);
  expect(violations, summary).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}studio.png`, fullPage: true });
});

test('editing a token updates every preview and the address', async ({ page, collector }) => {
  await openStudio(page, `?collector=${encodeURIComponent(collector.url)}`);
  await page.getByLabel('Brand colour', { exact: true }).fill('#be123c');
  for (const view of VIEWS) await poll(() => previewVariable(page, view, 'brand')).toBe('#be123c');
  expect(new URL(page.url()).searchParams.get('brand')).toBe('#be123c');
});

test('the address round-trips the state', async ({ page, collector }) => {
  const query = `?brand=%23be123c&radius=4px&colorScheme=dark&placement=inline&viewport=320&collector=${encodeURIComponent(collector.url)}`;
  await openStudio(page, query);
  await expect(page.getByLabel('Brand colour', { exact: true })).toHaveValue('#be123c');
  await expect(page.getByLabel('Corner radius')).toHaveValue('4px');
  await expect(page.getByLabel('Colour scheme')).toHaveValue('dark');
  // The fields show the dark theme's defaults, read from the widget itself.
  await expect(page.getByLabel('Text', { exact: true })).toHaveAttribute('placeholder', '#eceef4');
  await expect(page.getByLabel('Placement')).toHaveValue('inline');
  await expect(page.getByRole('radio', { name: '320 px' })).toBeChecked();
  // Inline: the preview's widget is inside the page slot; the frame is 320 px wide.
  const frame = page.frameLocator('iframe[data-view="thanks"]');
  await expect(frame.locator('#feelback-slot feelback-widget')).toHaveAttribute('data-scheme', 'dark');
  expect(await page.locator('iframe[data-view="thanks"]').evaluate((f) => (f as HTMLIFrameElement).style.width)).toBe(
    '320px',
  );
  // Reading and writing the address gives back the same address.
  expect(new URLSearchParams(new URL(page.url()).search).toString()).toBe(new URLSearchParams(query).toString());
});

test('the contrast checker flags a low-contrast brand colour', async ({ page, collector }) => {
  await openStudio(page, `?colorScheme=light&collector=${encodeURIComponent(collector.url)}`);
  await page.getByLabel('Brand colour', { exact: true }).fill('#c8c8ff');
  const row = page.locator('tr[data-pair="brand/background"]');
  await expect(row).toHaveAttribute('data-pass', 'false');
  await expect(row).toContainText('WCAG 1.4.11');
  await expect(row).toContainText(/1\.\d\d:1/);
  await expect(page.locator('tr[data-pair="onBrand/brand"]')).toHaveAttribute('data-pass', 'false');
  await expect(page.locator('#contrast-summary')).toHaveText(/fail WCAG 2\.2 AA/);
});

test('the snippet and JSON config are the current look, and the snippet works', async ({ page, collector }) => {
  await openStudio(page, `?brand=%23be123c&placement=bottom-left&collector=${encodeURIComponent(collector.url)}`);
  const json = JSON.parse((await page.locator('#config-json').textContent()) ?? '');
  expect(json).toEqual({
    endpoint: '/answers',
    site: 'my-shop',
    theme: { brand: '#be123c' },
    placement: 'bottom-left',
  });
  const snippet = (await page.locator('#snippet').textContent()) ?? '';
  expect(snippet).toContain('<script async src="/feelback.js"></script>');
  // The snippet, pasted into a page (with our endpoint and script path), shows that look.
  const pasted = snippet
    .replace("'/answers'", JSON.stringify(collector.endpoint))
    .replace('"/answers"', JSON.stringify(collector.endpoint))
    .replace('src="/feelback.js"', 'src="/dist/feelback.js"');
  const path = demo.page(`<!doctype html><html lang="en"><title>Pasted</title><body>${pasted}</body></html>`);
  const shop = await page.context().newPage();
  await shop.goto(`${demo.url}${path}`);
  await shop.evaluate(() => (window as unknown as { feelback(...args: unknown[]): void }).feelback('ask', 'checkout'));
  const host = shop.locator('feelback-widget');
  await expect(host).toHaveAttribute('data-placement', 'bottom-left');
  expect(await host.evaluate((h) => (h as HTMLElement).style.getPropertyValue('--feelback-brand'))).toBe('#be123c');
});

test('an answer to the live widget reaches the collector and the chart', async ({ page }) => {
  // The studio has a server of its own here: its collector takes answers from that origin.
  const collector = await startCollector(collectorOptions(demo.url));
  try {
    await openStudio(page, `?collector=${encodeURIComponent(collector.url)}`);
    await page.getByLabel('Journey step').selectOption('checkout');
    await page.getByRole('button', { name: 'Ask on this page' }).click();
    const widget = page.locator('body > feelback-widget');
    await widget.locator('input[name="rating"][value="4"]').check();
    await widget.getByRole('button', { name: 'Send' }).click();
    await poll(() => collector.received.length).toBe(1);
    await expect(page.locator('#live-status')).toHaveText('1 answer received.');
    await expect(page.locator('#live-chart svg')).toHaveAttribute('aria-label', /checkout: 4\.0 of 5 from 1/);
  } finally {
    await collector.close();
  }
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the studio reflows with no sideways page scroll and no axe violation', async ({ page, collector }) => {
    await openStudio(page, `?viewport=320&collector=${encodeURIComponent(collector.url)}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const { violations, summary } = await runAxe(page);
    expect(violations, summary).toEqual([]);
  });
});

test('the language switcher turns the previews right to left for Hebrew, in English until its texts exist', async ({
  page,
  collector,
  guard,
}) => {
  // First the Hebrew texts cannot load: the previews turn right to left, in English.
  let heRequests = 0;
  await page.route('**/dist/locales/he.*.js', (route) => {
    heRequests++;
    return route.fulfill({ status: 404, body: 'missing' });
  });
  guard.allowFailedRequests(demo.url);
  await openStudio(page, `?collector=${encodeURIComponent(collector.url)}`);
  const language = page.getByLabel('Language');
  await language.selectOption('he');
  const host = page.frameLocator('iframe[data-view="prompt"]').locator('feelback-widget');
  await expect(host).toHaveAttribute('dir', 'rtl');
  await expect(host).toHaveAttribute('lang', 'en');
  await expect(host.locator('legend')).toHaveText('How did this make you feel?');
  expect(heRequests, 'the Hebrew file was asked for').toBeGreaterThan(0);
  expect(new URL(page.url()).searchParams.get('locale')).toBe('he');

  // Once the texts are there, choosing Hebrew again shows them.
  await page.unroute('**/dist/locales/he.*.js');
  await language.selectOption('en');
  await expect(host).toHaveAttribute('dir', 'ltr');
  await language.selectOption('he');
  await expect(host).toHaveAttribute('lang', 'he');
  await expect(host).toHaveAttribute('dir', 'rtl');
  await expect(host.locator('legend')).toHaveText(he.question);
});

test('the previews follow the page’s look: a dark system darkens the card only on a page with a dark look', async ({
  page,
  collector,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStudio(page, `?collector=${encodeURIComponent(collector.url)}`);
  const background = () =>
    page
      .frameLocator('iframe[data-view="prompt"]')
      .getByRole('region', { name: 'Feedback' })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  await poll(background).toBe('rgb(29, 32, 41)');
  await page.getByLabel('Your page’s look').selectOption('light');
  await poll(background).toBe('rgb(255, 255, 255)');
  await expect(page).toHaveURL(/pageLook=light(&|$)/);
});
