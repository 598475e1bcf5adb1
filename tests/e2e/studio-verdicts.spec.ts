import type { Page } from '@playwright/test';
import { expect, poll, test, widgetPage } from './fixtures.ts';
import { serveDemo } from './support/studio.ts';

/**
 * The studio judges every theme value as the widget does: each value below is typed into its
 * field, and pasted alone into a real widget's config. Both must keep or refuse it alike; the
 * field says what the widget's warning says, and a refused value reaches neither the preview nor
 * the export.
 */

const demo = serveDemo();

test.use({ viewport: { width: 1280, height: 900 } });

/** [token, value]: what the widget refuses (CSS-wide keywords, more than one radius, what passes only inside max(), what loads or reads something, too long) and what it keeps. */
const CASES: [string, string][] = [
  ['brand', 'inherit'],
  ['text', 'initial'],
  ['fontFamily', 'unset'],
  ['space', 'revert'],
  ['fontSize', 'revert-layer'],
  ['radius', '16px 16px 0 0'],
  ['radius', '10px / 20px'],
  ['fontWeight', '0'],
  ['fontWeight', '1001'],
  ['fontWeight', '500, 1'],
  ['width', '1px, 2px'],
  ['background', 'url(https://example.com/a.png)'],
  ['text', 'var(--brand)'],
  ['space', 'env(safe-area-inset-top)'],
  ['fontFamily', 'attr(data-font)'],
  ['shadow', 'image-set("a.png" 1x)'],
  ['fontFamily', 'Geo\\72gia'],
  ['fontFamily', `${'Georgia, '.repeat(25)}serif`],
  ['radius', '18'],
  ['brand', '1F6F4A'],
  ['width', 'auto'],
  ['brand', '#1F6F4A'],
  ['onBrand', 'rgb(255 255 255 / 90%)'],
  ['brand', 'currentcolor'],
  ['radius', '12px'],
  ['buttonRadius', '4px 8px'],
  ['fontWeight', '1000'],
  ['fontWeight', '1'],
  ['width', '24em'],
  ['fontFamily', 'Georgia, serif'],
  ['shadow', '0 6px 24px rgb(0 0 0 / 20%)'],
  ['zIndex', '10'],
];

const variable = (token: string) => `--feelback-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The `--feelback-*` variable the preview of the question sets on the widget. */
const previewed = (page: Page, token: string) =>
  page
    .frameLocator('iframe[data-view="prompt"]')
    .locator('feelback-widget')
    .evaluate((host, name) => (host as HTMLElement).style.getPropertyValue(name), variable(token));

test('every value gets the verdict and the words of the widget, and a refused one goes nowhere', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  // About 30 pasted pages, and twice as many looks shown by the preview.
  test.setTimeout(60_000);
  // The widget: each value alone in a pasted config; kept, it is set on the widget's element.
  const shop = await context.newPage();
  const widget: { kept: boolean; warning: string | undefined }[] = [];
  for (const [token, value] of CASES) {
    const warned = guard.warnings('[feelback] ').length;
    await widgetPage(shop, server, {
      config: { endpoint: collector.endpoint, site: 'shop', theme: { [token]: value } },
      queue: "feelback('ask', 'checkout');",
    });
    const host = shop.locator('feelback-widget');
    await expect(host.getByRole('region', { name: 'Feedback' })).toBeVisible();
    const kept = (await host.evaluate((element, name) => element.style.getPropertyValue(name), variable(token))) !== '';
    if (!kept) await poll(() => guard.warnings('[feelback] ').length).toBe(warned + 1);
    widget.push({ kept, warning: guard.warnings('[feelback] ')[warned]?.slice('[feelback] '.length) });
  }
  await shop.close();

  // The studio: the same values, one at a time, in its fields.
  // Only the preview of the question: the one this test reads.
  await page.goto(`${demo.url()}/studio.html?collector=${encodeURIComponent(collector.url)}&views=prompt`);
  const config = async () => JSON.parse((await page.locator('#config-json').textContent()) ?? '{}');
  for (const [index, [token, value]] of CASES.entries()) {
    const { kept, warning } = widget[index] ?? {};
    const what = `${token}: ${value}`;
    const field = page.locator(`#token-${token}`);
    await field.fill(value);
    await expect(field, what).toHaveAttribute('aria-invalid', String(!kept));
    if (warning) await expect(page.locator(`#token-${token}-error`), what).toContainText(warning);
    expect((await config()).theme?.[token], what).toBe(kept ? value : undefined);
    // A value of another field, always kept: once the preview shows it, it shows this value too.
    const marker = `${index + 1}px`;
    await page.locator('#token-chipRadius').fill(marker);
    await poll(() => previewed(page, 'chipRadius')).toBe(marker);
    expect(await previewed(page, token), what).toBe(kept ? value : '');
  }
});
