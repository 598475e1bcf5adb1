import type { Browser, Frame, Page } from '@playwright/test';
import type { StaticServer } from '../../demo/static-server.js';
import { expect, poll, test } from './fixtures.ts';
import { serveDemo } from './support/studio.ts';

/**
 * The studio's promise: what it previews is what a site gets. A brand is set in the studio, its
 * snippet is pasted as it is into a plain page, and the real widget there is compared with the
 * preview, property by computed property, element by element.
 */

const demo = serveDemo();

test.use({ viewport: { width: 1400, height: 900 } });

/** An outdoor brand, light and dark: what a designer would set. */
const BRAND = {
  brand: '#1F6F4A',
  background: '#FBF8F1',
  text: '#1B1B1B',
  muted: '#4f5b53',
  hover: '#ece6d6',
  radius: '18px',
  buttonRadius: '10px',
  chipRadius: '6px',
  fontFamily: 'Georgia, serif',
  fontWeight: '500',
  width: '24em',
  'dark.brand': '#8fd1ae',
  'dark.onBrand': '#0b1a12',
  'dark.background': '#14201a',
  'dark.text': '#eef3ef',
  'dark.muted': '#b7c4bb',
  'dark.border': '#7d8f84',
  'dark.focus': '#8fd1ae',
  'dark.hover': '#22332a',
};

/** The studio with the look and `more`, previewing only the follow-up: the state these tests compare. */
const studioUrl = (collector: string, more: Record<string, string>) =>
  `${demo.url()}/studio.html?${new URLSearchParams({ ...BRAND, ...more, collector, views: 'follow-up' })}`;

/** Every element of the widget's shadow tree in order, with all its computed styles. */
async function computedStyles(scope: Page | Frame): Promise<{ tag: string; values: Record<string, string> }[]> {
  // One JSON string: Playwright's serialising of the ~15,000 values one by one took ~0.5 s a call.
  const json = await scope.locator('feelback-widget').evaluate(async (host) => {
    const root = host.shadowRoot;
    if (!root) return '[]';
    // Measured at rest: the entrance animation changes opacity and transform while it runs.
    await Promise.all(root.getAnimations().map((animation) => animation.finished));
    // The element the UI renders into is a block as wide as the page's body, whatever the
    // widget: its width (and what derives from it) is the page's, checked to be just that.
    const PAGE_WIDTH = ['width', 'inline-size', 'perspective-origin', 'transform-origin'];
    const container = root.firstElementChild;
    const elements = [host, ...root.querySelectorAll('*')].map((element) => {
      const style = getComputedStyle(element);
      const values: Record<string, string> = {};
      for (const name of Array.from(style)) values[name] = style.getPropertyValue(name);
      if (element === container) {
        if (values.width !== `${document.body.clientWidth}px`) values.width += ' (not the page body width)';
        else for (const name of PAGE_WIDTH) delete values[name];
      }
      return { tag: element.tagName.toLowerCase(), values };
    });
    return JSON.stringify(elements);
  });
  return JSON.parse(json);
}

/** A plain English page on a phone, light: where a pasted snippet is tried when the look does not matter. */
const LIGHT_PHONE = { width: 390, height: 800, dark: false, lang: 'en', dir: 'ltr' };

/** The snippet, pasted into a plain page with nothing else, opened at the preview's size. */
async function pastedPage(
  browser: Browser,
  shopServer: StaticServer,
  snippet: string,
  options: { width: number; height: number; dark: boolean; lang: string; dir: string },
) {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  // The shop's own server (the collector takes answers from its origin); the script comes from the studio's.
  const path =
    shopServer.page(`<!doctype html><html lang="${options.lang}" dir="${options.dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><title>Order confirmed</title></head>
<body><h1>Order confirmed</h1>
${snippet}
</body></html>`);
  await page.goto(`${shopServer.url}${path}`);
  return page;
}

for (const scheme of ['light', 'dark'] as const) {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const width of [320, 1280]) {
      test(`the pasted snippet renders as the preview: ${scheme}, ${dir}, ${width} px`, async ({
        browser,
        page,
        server,
        collector,
      }) => {
        const locale = dir === 'rtl' ? 'ar' : 'en';
        await page.goto(studioUrl(collector.url, { system: scheme, viewport: String(width), locale }));
        const frame = page.frameLocator('iframe[data-view="follow-up"]');
        await expect(frame.locator('feelback-widget')).toHaveAttribute('data-scheme', scheme);
        await expect(frame.locator('feelback-widget')).toHaveAttribute('lang', locale);
        await expect(frame.locator('feelback-widget textarea')).toHaveValue('The delivery date was not clear');
        const iframe = page.locator('iframe[data-view="follow-up"]');
        // The frame is as tall as the state needs, then steady.
        await poll(() => iframe.evaluate((f) => (f as HTMLIFrameElement).style.height)).not.toBe('480px');
        const size = await iframe.evaluate((f) => ({ width: f.clientWidth, height: f.clientHeight }));
        expect(size.width).toBe(width);
        const previewFrame = page.frame({ name: 'preview-follow-up' });
        if (!previewFrame) throw new Error('no follow-up preview');
        const preview = await computedStyles(previewFrame);

        const snippet = (await page.locator('#snippet').textContent()) ?? '';
        expect(snippet).not.toContain('"locale"');
        const shop = await pastedPage(browser, server, snippet, {
          ...size,
          dark: scheme === 'dark',
          lang: locale,
          dir,
        });
        // The same state as the preview: face 2, one word, the comment; the pointer and focus elsewhere.
        const host = shop.locator('feelback-widget');
        await host.locator('input[name="rating"][value="2"]').check();
        await host.locator('input[name="emotions"][value="frustrated"]').check();
        await host.locator('textarea').fill('The delivery date was not clear');
        await host.locator('textarea').blur();
        await shop.mouse.move(0, 0);
        const pasted = await computedStyles(shop);
        await shop.context().close();

        expect(pasted.map((element) => element.tag)).toEqual(preview.map((element) => element.tag));
        const differences = preview.flatMap(({ tag, values }, index) =>
          Object.keys(values)
            .filter((name) => pasted[index]?.values[name] !== values[name])
            .map((name) => `${index} ${tag} ${name}: preview ${values[name]}, pasted ${pasted[index]?.values[name]}`),
        );
        expect(differences).toEqual([]);
        // The brand is there: a measure that the comparison compared something.
        const card = preview.find((element) => element.tag === 'section');
        expect(card?.values['background-color']).toBe(scheme === 'light' ? 'rgb(251, 248, 241)' : 'rgb(20, 32, 26)');
        expect(card?.values['font-weight']).toBe('500');
        expect(card?.values.direction).toBe(dir);
      });
    }
  }
}

test('the exported snippet, pasted with nothing else, shows a prompt at its step and its answer arrives', async ({
  browser,
  page,
  server,
  collector,
}) => {
  await page.goto(studioUrl(collector.url, {}));
  await page.getByLabel('At the journey step').selectOption('checkout');
  await page.getByLabel('Site name').fill('outdoor-shop');
  await expect(page.locator('#snippet')).toContainText("feelback('step', 'checkout');");
  const snippet = (await page.locator('#snippet').textContent()) ?? '';
  const shop = await pastedPage(browser, server, snippet, LIGHT_PHONE);
  const host = shop.locator('feelback-widget');
  await expect(host.getByRole('region', { name: 'Feedback' })).toBeVisible();
  await expect(host.locator('legend')).toHaveText('How did this make you feel?');
  await host.locator('input[name="rating"][value="5"]').check();
  await host.getByRole('button', { name: 'Send' }).click();
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ source: 'outdoor-shop', data: { step: 'checkout', rating: 5 } });
  await shop.context().close();
});

test('the inline placement’s snippet brings its slot: pasted alone, the prompt shows in it', async ({
  browser,
  page,
  server,
  collector,
}) => {
  await page.goto(studioUrl(collector.url, { placement: 'inline' }));
  await expect(page.locator('#snippet-intro')).toContainText('<div id="feelback-slot"></div>');
  const snippet = (await page.locator('#snippet').textContent()) ?? '';
  const shop = await pastedPage(browser, server, snippet, LIGHT_PHONE);
  await expect(shop.locator('#feelback-slot feelback-widget').getByRole('region', { name: 'Feedback' })).toBeVisible();
  await shop.context().close();
});
