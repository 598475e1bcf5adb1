import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, poll, test } from './fixtures.ts';
import { serveDemo } from './support/studio.ts';

const demo = serveDemo();

test.use({ viewport: { width: 1280, height: 900 } });

/** The colour the swatch beside a field shows, and what is under it. */
const swatch = (page: Page, label: string) =>
  page
    .getByLabel(label, { exact: true })
    .locator('xpath=..')
    .locator('[data-swatch]')
    .evaluate((element) => ({
      fill: getComputedStyle(element.querySelector('.swatch-fill') as Element).backgroundColor,
      under: getComputedStyle(element).backgroundImage,
      picker: (element.querySelector('input[type="color"]') as HTMLInputElement).value,
    }));

test.describe('swatches show the value as the browser reads it', () => {
  for (const [value, fill, picker] of [
    ['#fff', 'rgb(255, 255, 255)', '#ffffff'],
    ['white', 'rgb(255, 255, 255)', '#ffffff'],
    ['#FFF', 'rgb(255, 255, 255)', '#ffffff'],
    ['#1F6F4A', 'rgb(31, 111, 74)', '#1f6f4a'],
    ['transparent', 'rgba(0, 0, 0, 0)', undefined],
  ] as const) {
    test(`${value}`, async ({ page, collector }) => {
      await demo.open(page, collector.url);
      await page.getByLabel('Face fill, light', { exact: true }).fill(value);
      await poll(() => swatch(page, 'Face fill, light').then((shown) => shown.fill)).toBe(fill);
      const shown = await swatch(page, 'Face fill, light');
      // A checkerboard is always under the colour: see-through shows as such.
      expect(shown.under).toContain('repeating-conic-gradient');
      if (picker) expect(shown.picker).toBe(picker);
      // And the preview's faces are filled with it.
      const face = page.frameLocator('iframe[data-view="prompt"]').locator('input[value="3"] + svg > circle').first();
      await expect(face).toHaveCSS('fill', fill);
    });
  }

  test('the default shows when the field is empty: white for the light background, the dark one for dark', async ({
    page,
    collector,
  }) => {
    await demo.open(page, collector.url);
    expect((await swatch(page, 'Button text, light')).fill).toBe('rgb(255, 255, 255)');
    expect((await swatch(page, 'Background, dark')).fill).toBe('rgb(29, 32, 41)');
  });
});

test('a field message says the fix, and one click applies it', async ({ page, collector }) => {
  await demo.open(page, collector.url);
  const radius = page.getByLabel('Card radius', { exact: true });
  await radius.fill('18');
  await expect(radius).toHaveAttribute('aria-invalid', 'true');
  const message = page.locator('#token-radius-error');
  // The widget's own warning, word for word.
  await expect(message).toContainText(
    'config.theme.radius: "18" is not a valid CSS border-radius (did you mean "18px"?); the default is kept.',
  );
  await message.getByRole('button', { name: 'Use 18px' }).click();
  await expect(radius).toHaveValue('18px');
  await expect(radius).toHaveAttribute('aria-invalid', 'false');
  await expect(page.frameLocator('iframe[data-view="prompt"]').getByRole('region')).toHaveCSS(
    'border-top-left-radius',
    '18px',
  );

  const brand = page.getByLabel('Brand colour, dark', { exact: true });
  await brand.fill('1F6F4A');
  await expect(page.locator('#dark-brand-error')).toContainText(
    'config.theme.dark.brand: "1F6F4A" is not a valid CSS color (did you mean "#1F6F4A"?)',
  );
  await page.locator('#dark-brand-error').getByRole('button', { name: 'Use #1F6F4A' }).click();
  await expect(brand).toHaveValue('#1F6F4A');
  expect(new URL(page.url()).searchParams.get('dark.brand')).toBe('#1F6F4A');

  await page.getByLabel('Font weight', { exact: true }).fill('bold');
  await expect(page.locator('#token-fontWeight-error')).toHaveText(
    /^config\.theme\.fontWeight: "bold" is not a valid CSS font-weight; the default is kept\./,
  );
});

test('a failing contrast row is named after its controls, and its nearest passing value is one click away', async ({
  page,
  collector,
}) => {
  await demo.open(page, collector.url, '&colorScheme=light');
  await page.getByLabel('Muted, light', { exact: true }).fill('#999999');
  const row = page.locator('[data-scheme="light"] tr[data-pair="muted/background"]');
  await expect(row).toHaveAttribute('data-pass', 'false');
  await expect(row.locator('th')).toHaveText('Muted on Background');
  const fix = row.getByRole('button', { name: /^Use #[\da-f]{6} for Muted$/ });
  const value = ((await fix.textContent()) ?? '').match(/#[\da-f]{6}/)?.[0];
  await fix.click();
  await expect(page.getByLabel('Muted, light', { exact: true })).toHaveValue(value ?? 'none');
  await expect(row).toHaveAttribute('data-pass', 'true');
  await expect(page.locator('#contrast-summary')).toHaveText(/Every colour pair meets WCAG 2.2 AA/);

  // Muted on Hover is fixed by the hover colour, unless no hover colour can pass with both the
  // text and a pale muted: then by the muted colour.
  await page.getByLabel('Muted, light', { exact: true }).fill('#8a8f86');
  await page.getByLabel('Hover, light', { exact: true }).fill('#ece6d6');
  const onHover = page.locator('[data-scheme="light"] tr[data-pair="muted/hover"]');
  await expect(onHover.locator('th')).toHaveText('Muted on Hover');
  await onHover.getByRole('button', { name: /^Use #[\da-f]{6} for Muted$/ }).click();
  await expect(page.locator('#contrast-summary')).toHaveText(/Every colour pair meets WCAG 2.2 AA/);
});

test('the dark palette shows in the previews only when the prompt is dark', async ({ page, collector }) => {
  await demo.open(page, collector.url, '&brand=%231f6f4a&dark.brand=%238fd1ae&system=light', ['follow-up']);
  const send = page.frameLocator('iframe[data-view="follow-up"]').getByRole('button', { name: 'Send' });
  await expect(send).toHaveCSS('background-color', 'rgb(31, 111, 74)');
  await page.getByLabel('Shopper’s system').selectOption('dark');
  await expect(send).toHaveCSS('background-color', 'rgb(143, 209, 174)');
  // Both palettes are checked, each under its own scheme.
  await expect(page.locator('[data-scheme="dark"] caption')).toHaveText('Dark scheme');
  // A page that is light only keeps the light card, whatever the system.
  await page.getByLabel('Your page’s look').selectOption('light');
  await expect(send).toHaveCSS('background-color', 'rgb(31, 111, 74)');
  await expect(page.locator('[data-scheme="dark"]')).toHaveCount(0);
});

test('at 1280 px the previews are at actual size, and zoom scales them', async ({ page, collector }) => {
  await demo.open(page, collector.url, '&viewport=1280');
  const box = () => page.locator('iframe[data-view="prompt"]').boundingBox();
  await poll(async () => (await box())?.width).toBe(1280);
  // The page does not scroll sideways: the previews do, in their own region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await page.getByLabel('Zoom').selectOption('50');
  await poll(async () => (await box())?.width).toBe(640);
});

test('at 320 px the follow-up preview is tall enough for the whole card, Send included', async ({
  page,
  collector,
}) => {
  await demo.open(page, collector.url, '&viewport=320', ['follow-up', 'limit']);
  for (const view of ['follow-up', 'limit']) {
    const frame = page.frameLocator(`iframe[data-view="${view}"]`);
    const card = frame.getByRole('region', { name: 'Feedback' });
    // Nothing of the card is scrolled out of view inside it.
    await poll(() => card.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    const send = frame.getByRole('button', { name: 'Send' });
    const inside = await send.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(inside, view).toBe(true);
  }
});

test('npm start: the studio finds the collector on whatever ports it got', async ({ page, guard }) => {
  const data = mkdtempSync(join(tmpdir(), 'feelback-studio-'));
  const demoServer = spawn(process.execPath, ['demo/serve.js'], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    env: { ...process.env, PORT: '0', COLLECTOR_PORT: '0', DATA_DIR: data },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    demoServer.stdout.on('data', (chunk) => {
      output += chunk;
    });
    await poll(() => /studio\s+(\S+)/.exec(output)?.[1], { timeout: 10_000 }).toBeTruthy();
    const studio = /studio\s+(\S+)/.exec(output)?.[1] ?? '';
    const origin = new URL(studio).origin;
    await page.goto(studio);
    // The snippet's endpoint is that collector, on the studio's own origin.
    await expect(page.getByLabel('Endpoint (where answers go)')).toHaveAttribute(
      'placeholder',
      `${origin}/collector/answers`,
    );
    // An answer to the live widget arrives there (the widget tells once the collector said 2xx).
    await page.getByLabel('Journey step', { exact: true }).selectOption('checkout');
    await page.getByRole('button', { name: 'Ask on this page' }).click();
    const widget = page.locator('body > feelback-widget');
    await widget.locator('input[name="rating"][value="4"]').check();
    await widget.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('#live-status')).toHaveText('1 answer received.');
    // Only answers go through the studio's origin: the collector's reads stay on its own.
    guard.allowFailedRequests(origin);
    expect(await page.evaluate(async () => (await fetch('/collector/answers')).status)).toBe(405);
  } finally {
    // Leave the studio first: its previews still fetching from a server that stops would fail there.
    await page.goto('about:blank');
    demoServer.kill('SIGTERM');
    await new Promise((resolve) => demoServer.once('exit', resolve));
    rmSync(data, { recursive: true, force: true });
  }
});
