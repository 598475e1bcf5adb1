/**
 * Windows High Contrast (forced colours, as Chromium emulates them): the system's colours replace
 * backgrounds and shadows, so a state or a shape drawn only with them vanishes, and SVG keeps its
 * own colours, which may not contrast with the system's card (WCAG 1.4.1, 1.4.11).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, widgetPage } from './fixtures.ts';
import { ask, face, region, sendButton, widget } from './support/widget.ts';

test.use({ viewport: { width: 390, height: 760 } });

async function open(
  page: Page,
  server: Parameters<typeof widgetPage>[1],
  config: Record<string, unknown>,
  step = 'checkout',
) {
  await widgetPage(page, server, { config: { site: 'shop-e2e', ...config } });
  await ask(page, step);
  await expect(region(page)).toBeVisible();
  // No hover colour under the pointer, no focus ring: only the chosen state may differ.
  await page.mouse.move(0, 0);
}

/** Chooses an option as a click does, without hover or focus on it. */
const choose = (input: Locator) => input.evaluate((element) => (element as HTMLInputElement).click());
/** The picture that shows an option's state: the input's next sibling. */
const picture = (input: Locator) => input.locator('xpath=following-sibling::*[1]');

/** Whether an option's picture looks different once chosen: screenshots before and after. */
async function looksChosen(input: Locator): Promise<boolean> {
  const before = await picture(input).screenshot({ animations: 'disabled' });
  await choose(input);
  await expect(input).toBeChecked();
  return !before.equals(await picture(input).screenshot({ animations: 'disabled' }));
}

/** WCAG contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const s = Number(value) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`forced colours, a ${scheme} system`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme, reducedMotion: 'reduce' });
    });

    test('a chosen emotion word looks chosen, its text readable', async ({ page, server, collector }) => {
      await open(page, server, { endpoint: collector.endpoint });
      await choose(face(page, 2));
      const word = widget(page).locator('input[name="emotions"]').first();
      await expect(word).toBeVisible();
      expect(await looksChosen(word)).toBe(true);
      const [text, background] = await picture(word).evaluate((span) => [
        getComputedStyle(span).color,
        getComputedStyle(span).backgroundColor,
      ]);
      expect(contrast(text as string, background as string)).toBeGreaterThanOrEqual(4.5);
    });

    test('a chosen point of a numbered scale looks chosen', async ({ page, server, collector }) => {
      await open(
        page,
        server,
        { endpoint: collector.endpoint, steps: { returns: { instrument: 'effort' } } },
        'returns',
      );
      const point = widget(page).locator('input[name="rating"]').nth(3);
      await expect(point).toBeVisible();
      expect(await looksChosen(point)).toBe(true);
    });

    test('Send has a border', async ({ page, server, collector }) => {
      await open(page, server, { endpoint: collector.endpoint });
      await choose(face(page, 4));
      await expect(sendButton(page)).toHaveCSS('border-top-style', 'solid');
      await expect(sendButton(page)).toHaveCSS('border-top-width', '1px');
    });
  });
}

// A site's `colorScheme` that is not the system's: the faces must still contrast with the card.
for (const [system, colorScheme] of [
  ['light', 'dark'],
  ['dark', 'light'],
] as const) {
  test(`forced colours, a ${system} system, colorScheme '${colorScheme}': every face keeps 3:1 against the card`, async ({
    page,
    server,
    collector,
  }) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: system, reducedMotion: 'reduce' });
    await open(page, server, { endpoint: collector.endpoint, colorScheme });
    await choose(face(page, 2));
    const pairs = await widget(page).evaluate((host) => {
      const root = host.shadowRoot as ShadowRoot;
      const card = getComputedStyle(root.querySelector('section') as Element).backgroundColor;
      return [...root.querySelectorAll('input[name="rating"]+svg')].map((svg) => [getComputedStyle(svg).color, card]);
    });
    for (const [face, card] of pairs) expect(contrast(face as string, card as string)).toBeGreaterThanOrEqual(3);
  });
}
