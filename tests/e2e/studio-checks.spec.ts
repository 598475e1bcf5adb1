import type { Page } from '@playwright/test';
import { contrastRatio, parseColor } from '../../demo/studio/contrast.js';
import { expect, test } from './fixtures.ts';
import { serveDemo } from './support/studio.ts';

/** The studio's checks as the browser runs them: colours read, focus kept, fields flagged. */

const demo = serveDemo();

test.use({ viewport: { width: 1280, height: 900 } });

const ratioOf = (page: Page, pair: string) => page.locator(`[data-scheme="light"] tr[data-pair="${pair}"] td`).first();

test('after a one-click contrast fix, keyboard focus moves to the field it changed', async ({ page, collector }) => {
  await demo.open(page, collector.url, '&colorScheme=light');
  await page.getByLabel('Muted, light', { exact: true }).fill('#999999');
  const fix = page.locator('[data-scheme="light"] tr[data-pair="muted/background"] button[data-fix]');
  await fix.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Muted, light', { exact: true })).toBeFocused();
});

test('after a field’s one-click fix, keyboard focus stays on that field', async ({ page, collector }) => {
  await demo.open(page, collector.url);
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
  await demo.open(page, collector.url, `${query}&background=%23333333`);
  const opaque = await ratioOf(page, 'text/background').textContent();
  // White at 20% over black is #333333.
  await demo.open(page, collector.url, `${query}&background=${encodeURIComponent('rgba(255, 255, 255, 0.2)')}`);
  await expect(ratioOf(page, 'text/background')).toHaveText(opaque ?? 'none');
});

test('modern colour syntaxes get their real ratio', async ({ page, collector }) => {
  await demo.open(page, collector.url, '&colorScheme=light&background=%23ffffff');
  const text = page.getByLabel('Text, light', { exact: true });
  for (const white of ['color(srgb 1 1 1)', 'oklch(1 0 0)', 'lab(100 0 0)', 'color-mix(in oklab, white 50%, white)']) {
    await text.fill(white);
    await expect(ratioOf(page, 'text/background'), white).toHaveText('1.00:1');
  }
});

test('the face fill is checked only when it is not see-through', async ({ page, collector }) => {
  await demo.open(page, collector.url, '&colorScheme=light');
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
  await demo.open(page, collector.url, '', ['limit']);
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
  await demo.open(page, collector.url);
  await page.getByLabel('Brand colour, light', { exact: true }).fill('var(--x)');
  await expect(page.locator('#token-brand-error')).toHaveText(
    /^config\.theme\.brand: "var\(--x\)" uses url\(\), var\(\) or a function like them, which a theme may not; the default is kept\./,
  );
  const fonts = `${'Georgia, '.repeat(24)}serif, sans-serif`;
  const font = page.getByLabel('Font family', { exact: true });
  await font.fill(fonts);
  await expect(page.locator('#token-fontFamily-error')).toHaveText(
    /^config\.theme\.fontFamily: expected a CSS value as text of 1 to 200 characters/,
  );
  await page.reload();
  await expect(font).toHaveValue(fonts);
  await expect(font).toHaveAttribute('aria-invalid', 'true');
});

/** The computed colours of an element of the widget in a preview. */
const previewColours = (page: Page, view: string, selector: string) =>
  page
    .frameLocator(`iframe[data-view="${view}"]`)
    .locator('feelback-widget')
    .evaluate((host, selector) => {
      const element = host.shadowRoot?.querySelector(selector);
      if (!element) return undefined;
      const style = getComputedStyle(element);
      return { color: style.color, background: style.backgroundColor };
    }, selector);

/** The ratio the checker would show for two opaque `rgb()` colours. */
const ratio = (a: string, b: string) =>
  `${contrastRatio(parseColor(a) ?? [0, 0, 0], parseColor(b) ?? [0, 0, 0]).toFixed(2)}:1`;

test('currentcolor is checked as the element using it draws it: a brand of currentcolor is the Send text on itself', async ({
  page,
  collector,
}) => {
  await demo.open(page, collector.url, '&colorScheme=light&brand=currentcolor', ['follow-up']);
  const send = page.frameLocator('iframe[data-view="follow-up"]').getByRole('button', { name: 'Send' });
  await expect(send).toBeVisible();
  const button = await previewColours(page, 'follow-up', 'button[type="submit"]');
  const card = await previewColours(page, 'follow-up', 'section');
  if (!button || !card) throw new Error('no Send or card in the preview');
  // White on white in the preview: the checker says so.
  await expect(ratioOf(page, 'onBrand/brand')).toHaveText(ratio(button.color, button.background));
  await expect(ratioOf(page, 'brand/background')).toHaveText(ratio(button.background, card.background));
  await expect(page.locator('[data-scheme="light"] tr[data-pair="brand/background"]')).toHaveAttribute(
    'data-pass',
    'false',
  );
});

test('system colours and light-dark() are checked in the card’s scheme, not the studio’s', async ({
  page,
  collector,
}) => {
  const text = encodeURIComponent('light-dark(#1f2330, #eceef4)');
  await demo.open(page, collector.url, `&system=dark&dark.background=Canvas&dark.text=${text}`);
  const card = await previewColours(page, 'prompt', 'section');
  if (!card) throw new Error('no card in the preview');
  expect(card.background).toBe('rgb(18, 18, 18)');
  await expect(page.locator('[data-scheme="dark"] tr[data-pair="text/background"] td').first()).toHaveText(
    ratio(card.color, card.background),
  );
  await expect(page.locator('[data-scheme="dark"] tr[data-pair="text/background"]')).toHaveAttribute(
    'data-pass',
    'true',
  );
});

test('see-through button text is blended over the brand colour it sits on, not over the card', async ({
  page,
  collector,
}) => {
  const onBrand = encodeURIComponent('rgba(255,255,255,0.6)');
  await demo.open(page, collector.url, `&colorScheme=light&brand=%231F6F4A&onBrand=${onBrand}`);
  // White at 60% over #1F6F4A is about rgb(165, 197, 183): 3.30:1 on it, where over the card it was 6.12:1.
  await expect(ratioOf(page, 'onBrand/brand')).toHaveText('3.30:1');
  await expect(page.locator('[data-scheme="light"] tr[data-pair="onBrand/brand"]')).toHaveAttribute(
    'data-pass',
    'false',
  );
});

test('a fixed scheme on a page with a light and a dark look is checked on both pages, whatever this computer’s system', async ({
  page,
  collector,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const background = encodeURIComponent('rgba(255, 255, 255, 0.3)');
  await demo.open(page, collector.url, `&colorScheme=light&pageDark=%23121418&background=${background}`);
  const row = page.locator('[data-scheme="light"] tr[data-pair="text/background"]');
  await expect(row).toHaveAttribute('data-pass', 'false');
  await expect(row.locator('td').first()).toHaveText(/^\d+\.\d\d:1 on the light page, 2\.28:1 on the dark page$/);
  await expect(page.locator('[data-scheme="light"] caption')).toHaveText(/on your light and your dark page/);
});

test('the contrast summary is one live region, its words changed in place', async ({ page, collector }) => {
  await demo.open(page, collector.url, '&colorScheme=light');
  const summary = page.locator('#contrast-summary');
  await expect(summary).toHaveText(/Every colour pair meets WCAG 2.2 AA/);
  await summary.evaluate((element) => element.setAttribute('data-first', ''));
  await page.getByLabel('Muted, light', { exact: true }).fill('#999999');
  await expect(page.locator('#contrast-summary[data-first]')).toHaveText(/^2 colour pairs fail/);
  await expect(page.locator('[role="status"]#contrast-summary')).toHaveCount(1);
});
