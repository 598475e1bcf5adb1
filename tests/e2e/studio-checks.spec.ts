import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { serveDemo } from './support/studio.ts';

/** The studio's checks as the browser runs them: colours read, focus kept, fields flagged. */

const demo = serveDemo();

test.use({ viewport: { width: 1280, height: 900 } });

async function openStudio(page: Page, collector: string, query = ''): Promise<void> {
  await page.goto(`${demo.url()}/studio.html?collector=${encodeURIComponent(collector)}${query}`);
  await expect(page.frameLocator('iframe[data-view="prompt"]').locator('feelback-widget')).toHaveCount(1);
}

const ratioOf = (page: Page, pair: string) => page.locator(`[data-scheme="light"] tr[data-pair="${pair}"] td`).first();

test('after a one-click contrast fix, keyboard focus moves to the field it changed', async ({ page, collector }) => {
  await openStudio(page, collector.url, '&colorScheme=light');
  await page.getByLabel('Muted, light', { exact: true }).fill('#999999');
  const fix = page.locator('[data-scheme="light"] tr[data-pair="muted/background"] button[data-fix]');
  await fix.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Muted, light', { exact: true })).toBeFocused();
});

test('after a field’s one-click fix, keyboard focus stays on that field', async ({ page, collector }) => {
  await openStudio(page, collector.url);
  const radius = page.getByLabel('Card radius', { exact: true });
  await radius.fill('18');
  await page.locator('#token-radius-error').getByRole('button', { name: 'Use 18px' }).focus();
  await page.keyboard.press('Enter');
  await expect(radius).toHaveValue('18px');
  await expect(radius).toBeFocused();
});

test('a see-through card background is checked over the page the preview shows, not over white', async ({
  page,
  collector,
}) => {
  const query = '&colorScheme=light&pageLook=light&pageLight=%23000000';
  await openStudio(page, collector.url, `${query}&background=%23333333`);
  const opaque = await ratioOf(page, 'text/background').textContent();
  // White at 20% over black is #333333.
  await openStudio(page, collector.url, `${query}&background=${encodeURIComponent('rgba(255, 255, 255, 0.2)')}`);
  await expect(ratioOf(page, 'text/background')).toHaveText(opaque ?? 'none');
});

test('modern colour syntaxes get their real ratio', async ({ page, collector }) => {
  await openStudio(page, collector.url, '&colorScheme=light&background=%23ffffff');
  const text = page.getByLabel('Text, light', { exact: true });
  for (const white of ['color(srgb 1 1 1)', 'oklch(1 0 0)', 'lab(100 0 0)', 'color-mix(in oklab, white 50%, white)']) {
    await text.fill(white);
    await expect(ratioOf(page, 'text/background'), white).toHaveText('1.00:1');
  }
});

test('the face fill is checked only when it is not see-through', async ({ page, collector }) => {
  await openStudio(page, collector.url, '&colorScheme=light');
  await expect(page.locator('[data-scheme="light"] tr[data-pair$="/faceFill"]')).toHaveCount(0);
  await page.getByLabel('Face fill, light', { exact: true }).fill('#4a4a60');
  await expect(page.locator('[data-scheme="light"] tr[data-pair="muted/faceFill"]')).toHaveAttribute(
    'data-pass',
    'false',
  );
});

test('site fields the widget would refuse are flagged with its rule; a privacy path shows its link', async ({
  page,
  collector,
}) => {
  await openStudio(page, collector.url);
  for (const [label, id, value] of [
    ['Endpoint (where answers go)', 'endpoint', 'shop.example/answers'],
    ['Privacy page URL (optional)', 'privacyUrl', 'www.shop.example/privacy'],
  ] as const) {
    const field = page.getByLabel(label, { exact: true });
    await field.fill(value);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${id}-error`)).toHaveText(/^Expected an http\(s\) URL or a path starting with "\/"/);
    await field.fill('');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
  }
  await page.getByLabel('Site name', { exact: true }).fill('s'.repeat(101));
  await expect(page.locator('#site-error')).toHaveText(/^Expected text of 1 to 100 characters\./);

  await page.getByLabel('Privacy page URL (optional)', { exact: true }).fill('/privacy');
  await expect(page.getByLabel('Privacy page URL (optional)', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'false',
  );
  await expect(
    page.frameLocator('iframe[data-view="limit"]').getByRole('link', { name: /How we use/ }),
  ).toHaveAttribute('href', `${demo.url()}/privacy`);
});

test('field messages give the widget’s reason, and a value too long is flagged after a reload, not cut', async ({
  page,
  collector,
}) => {
  await openStudio(page, collector.url);
  await page.getByLabel('Brand colour, light', { exact: true }).fill('var(--x)');
  await expect(page.locator('#token-brand-error')).toHaveText(
    /^Uses url\(\), var\(\) or a function like them, which a theme may not\. The widget would warn/,
  );
  const fonts = `${'Georgia, '.repeat(24)}serif, sans-serif`;
  const font = page.getByLabel('Font family', { exact: true });
  await font.fill(fonts);
  await expect(page.locator('#token-fontFamily-error')).toHaveText(
    /^Expected a CSS value as text of 1 to 200 characters/,
  );
  await page.reload();
  await expect(font).toHaveValue(fonts);
  await expect(font).toHaveAttribute('aria-invalid', 'true');
});
