import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startCollector } from '../../demo/collector.js';
import { VIEWS as STUDIO_VIEWS } from '../../demo/studio/views.js';
import he from '../../src/i18n/locales/he.ts';
import { collectorOptions, expect, poll, test } from './fixtures.ts';
import { runAxe } from './support/axe.ts';
import { openStudio, serveDemo } from './support/studio.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const VIEWS = Object.keys(STUDIO_VIEWS);

const demo = serveDemo();

test.use({ viewport: { width: 1280, height: 900 } });

/** The studio with `query` (`?key=value…`), previewing `views` (all unless given). */
const open = (page: Page, query = '', views?: readonly string[]) =>
  openStudio(page, `${demo.url()}/studio.html${query}`, views);

/** The `--feelback-<name>` value set on the widget in one preview. */
const previewVariable = (page: Page, view: string, name: string) =>
  page
    .frameLocator(`iframe[data-view="${view}"]`)
    .locator('feelback-widget')
    .evaluate((host, variable) => (host as HTMLElement).style.getPropertyValue(variable), `--feelback-${name}`);

test('the studio loads with no console error and no axe violation', async ({ page, collector }) => {
  await open(page, `?collector=${encodeURIComponent(collector.url)}`);
  await expect(page.locator('#contrast-summary')).toHaveText(/Every colour pair meets WCAG 2.2 AA/);
  // Each preview shows its own state.
  const preview = (view: string) => page.frameLocator(`iframe[data-view="${view}"]`).locator('feelback-widget');
  await expect(preview('follow-up').locator('textarea')).toHaveValue('The delivery date was not clear');
  await expect(preview('thanks').locator('[data-focus]')).toHaveText(/^Thank you!/);
  await expect(preview('saved-offline').locator('[data-focus]')).toHaveText(/saved/);
  await expect(preview('slim-bar').getByRole('button', { expanded: false })).toHaveText('How did this make you feel?');
  await expect(preview('prompt').locator('textarea')).toHaveCount(0);
  // The states a designer could not see before: the counter with the privacy link, the focus ring.
  await expect(preview('limit').getByText('40 characters left')).toBeVisible();
  await expect(preview('limit').getByRole('link', { name: /How we use/ })).toHaveAttribute(
    'href',
    'https://example.com/privacy',
  );
  await expect(preview('focus').locator('input:checked + svg')).toHaveCSS('outline-style', 'solid');
  await expect(preview('prompt').locator('input[value="4"] + svg')).toHaveCSS('outline-style', 'none');
  const { violations, summary } = await runAxe(page);
  expect(violations, summary).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}studio.png`, fullPage: true });
});

test('editing a token updates every preview and the address', async ({ page, collector }) => {
  await open(page, `?collector=${encodeURIComponent(collector.url)}`);
  await page.getByLabel('Brand colour, light', { exact: true }).fill('#be123c');
  for (const view of VIEWS) await poll(() => previewVariable(page, view, 'brand')).toBe('#be123c');
  expect(new URL(page.url()).searchParams.get('brand')).toBe('#be123c');
});

test('the address round-trips the state', async ({ page, collector }) => {
  const query = `?brand=%23be123c&radius=4px&colorScheme=dark&placement=inline&viewport=320&collector=${encodeURIComponent(collector.url)}&views=thanks`;
  await open(page, query);
  await expect(page.getByLabel('Brand colour, light', { exact: true })).toHaveValue('#be123c');
  await expect(page.getByLabel('Card radius', { exact: true })).toHaveValue('4px');
  await expect(page.getByLabel('Colour scheme')).toHaveValue('dark');
  // The fields show each scheme's defaults, read from the widget itself.
  await expect(page.getByLabel('Text, dark', { exact: true })).toHaveAttribute('placeholder', '#eceef4');
  await expect(page.getByLabel('Text, light', { exact: true })).toHaveAttribute('placeholder', '#1f2330');
  await expect(page.getByLabel('Placement')).toHaveValue('inline');
  await expect(page.getByRole('radio', { name: '320 px' })).toBeChecked();
  // Only the preview `views` names, and the page says so.
  await expect(page.locator('iframe')).toHaveCount(1);
  await expect(page.locator('#gallery-title')).toHaveText(`1 of ${VIEWS.length} states`);
  // Inline: the preview's widget is inside the page slot; the frame is 320 px wide.
  const frame = page.frameLocator('iframe[data-view="thanks"]');
  await expect(frame.locator('#feelback-slot feelback-widget')).toHaveAttribute('data-scheme', 'dark');
  expect(await page.locator('iframe[data-view="thanks"]').evaluate((f) => (f as HTMLIFrameElement).style.width)).toBe(
    '320px',
  );
  // Reading and writing the address gives back the same address: an edit that changes nothing
  // has the studio write it from its state.
  await page.getByLabel('Card radius', { exact: true }).fill('4px');
  expect(new URLSearchParams(new URL(page.url()).search).toString()).toBe(new URLSearchParams(query).toString());
  // Every state, with the look as it is now.
  await page.getByLabel('Card radius', { exact: true }).fill('6px');
  await page.getByRole('link', { name: 'Show every state' }).click();
  await expect(page.locator('iframe')).toHaveCount(VIEWS.length);
  await expect(page.locator('#gallery-title')).toHaveText('Every state');
  await expect(page.getByLabel('Card radius', { exact: true })).toHaveValue('6px');
  const all = new URLSearchParams(query);
  all.delete('views');
  all.set('radius', '6px');
  expect(new URLSearchParams(new URL(page.url()).search).toString()).toBe(all.toString());
});

test('the contrast checker flags a low-contrast brand colour', async ({ page, collector }) => {
  await open(page, `?colorScheme=light&collector=${encodeURIComponent(collector.url)}`, ['prompt']);
  await page.getByLabel('Brand colour, light', { exact: true }).fill('#c8c8ff');
  const row = page.locator('tr[data-pair="brand/background"]');
  await expect(row).toHaveAttribute('data-pass', 'false');
  await expect(row).toContainText('WCAG 1.4.11');
  await expect(row).toContainText(/1\.\d\d:1/);
  await expect(page.locator('tr[data-pair="onBrand/brand"]')).toHaveAttribute('data-pass', 'false');
  await expect(page.locator('#contrast-summary')).toHaveText(/fail WCAG 2\.2 AA/);
});

test('the JSON config and npm variant are the current look; the previewed language stays out unless pinned', async ({
  page,
  collector,
}) => {
  await open(page, `?brand=%23be123c&placement=bottom-left&locale=de&collector=${encodeURIComponent(collector.url)}`, [
    'prompt',
  ]);
  const json = () =>
    page
      .locator('#config-json')
      .textContent()
      .then((text) => JSON.parse(text ?? ''));
  expect(await json()).toEqual({
    endpoint: collector.endpoint,
    site: 'my-shop',
    theme: { brand: '#be123c' },
    placement: 'bottom-left',
  });
  await page.getByLabel('Pin this language').check();
  await poll(async () => (await json()).locale).toBe('de');
  await page.getByLabel('Site name').fill('outdoor-shop');
  await poll(async () => (await json()).site).toBe('outdoor-shop');
  await expect(page.locator('#config-npm')).toContainText("import { createFeelback } from 'feelback';");
  await expect(page.locator('#config-npm')).toContainText('"site": "outdoor-shop"');
  await expect(page.locator('#config-npm')).toContainText("feelback.step('order_confirmed');");
});

test('an answer to the live widget reaches the collector and the chart', async ({ page }) => {
  // The studio has a server of its own here: its collector takes answers from that origin.
  const collector = await startCollector(collectorOptions(demo.url()));
  try {
    await open(page, `?collector=${encodeURIComponent(collector.url)}`, ['prompt']);
    await page.getByLabel('Journey step', { exact: true }).selectOption('checkout');
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
    await open(page, `?viewport=320&collector=${encodeURIComponent(collector.url)}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const { violations, summary } = await runAxe(page);
    expect(violations, summary).toEqual([]);
  });

  test('every palette field shows a whole colour value', async ({ page, collector }) => {
    await open(page, `?collector=${encodeURIComponent(collector.url)}`, ['prompt']);
    const fields = page.locator('table.palettes input[type="text"]');
    await expect(fields).toHaveCount(20);
    for (const field of await fields.all()) await field.fill('#1F6F4A');
    const cut = await fields.evaluateAll((inputs) =>
      (inputs as HTMLInputElement[]).filter((input) => input.scrollWidth > input.clientWidth).map((input) => input.id),
    );
    expect(cut).toEqual([]);
    // Each field still says which scheme it is.
    await expect(page.getByLabel('Brand colour, dark', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
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
  guard.allowFailedRequests(demo.url());
  await open(page, `?collector=${encodeURIComponent(collector.url)}`, ['prompt']);
  const language = page.getByLabel('Language', { exact: true });
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
  await open(page, `?collector=${encodeURIComponent(collector.url)}`, ['prompt']);
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

test('a reset theme comes back with Back, or with Undo, and the address round-trips', async ({ page, collector }) => {
  // With the studio's other address option, `views`: it round-trips as well.
  const query = `?brand=%23be123c&radius=4px&dark.brand=%23fda4af&viewport=320&collector=${encodeURIComponent(collector.url)}&views=prompt`;
  await open(page, query);
  const brand = page.getByLabel('Brand colour, light', { exact: true });
  const reset = page.getByRole('button', { name: 'Reset the theme' });
  await reset.click();
  await expect(brand).toHaveValue('');
  expect(new URL(page.url()).searchParams.get('brand')).toBeNull();

  await page.goBack();
  await expect(brand).toHaveValue('#be123c');
  await expect(page.getByLabel('Card radius', { exact: true })).toHaveValue('4px');
  await expect(page.getByLabel('Brand colour, dark', { exact: true })).toHaveValue('#fda4af');
  expect(new URLSearchParams(new URL(page.url()).search).toString()).toBe(new URLSearchParams(query).toString());
  await expect(page.getByRole('button', { name: 'Undo the reset' })).toBeHidden();

  await reset.click();
  await expect(brand).toHaveValue('');
  await expect(page.locator('#reset-status')).toContainText('Back brings it back');
  await page.getByRole('button', { name: 'Undo the reset' }).click();
  await expect(brand).toHaveValue('#be123c');
  await expect(reset).toBeFocused();
  expect(new URLSearchParams(new URL(page.url()).search).toString()).toBe(new URLSearchParams(query).toString());
});
