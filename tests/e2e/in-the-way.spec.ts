import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { type StaticServer, startStatic } from '../../demo/static-server.js';
import { expect, poll, test, widgetPage } from './fixtures.ts';
import { answer, ask, comment, face, region, sendButton, thanks, widget } from './support/widget.ts';

/** Never in the shopper's way: the slim bar, focus never hidden, the page's look, text size. */

const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The demo pages post to the collector `npm start` runs; here every such request gets a 204. */
const DEMO_COLLECTOR = 'http://127.0.0.1:4174/**';

const site = (endpoint: string, etiquette: Record<string, number> = {}) => ({
  endpoint,
  site: 'shop-e2e',
  etiquette,
});

/** The slim bar's question, which reopens the prompt. */
const reopen = (page: Page) => widget(page).getByRole('button', { expanded: false });

/** Lets the widget look at where focus went (it does, a frame after focus moves, and once more). */
const frames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      ),
  );

/**
 * Where the page's focus is against the widget: the focused control's box, the card's or bar's
 * box, and which of the two shows. Undefined while focus is in the widget or on nothing.
 */
const focusAgainstWidget = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('feelback-widget');
    const focused = document.activeElement;
    const surface = host?.shadowRoot?.querySelector('section');
    if (!focused || focused === document.body || focused === host || !surface) return undefined;
    const box = focused.getBoundingClientRect();
    const cover = surface.getBoundingClientRect();
    const shared = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    const area =
      shared(box.left, box.right, cover.left, cover.right) * shared(box.top, box.bottom, cover.top, cover.bottom);
    return {
      control: focused.id || focused.textContent?.trim().slice(0, 30),
      bar: !!surface.querySelector('button[aria-expanded="false"]'),
      covered: area > 0,
      entirely: area >= box.width * box.height - 1,
    };
  });

/** Tabs through the page, checking after every step that nothing focused is hidden under the widget. */
async function tabThrough(page: Page, steps: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    await frames(page);
    const where = await focusAgainstWidget(page);
    if (!where) continue;
    seen.push(`${where.control}${where.bar ? ' (bar)' : ''}`);
    // The card gives way as soon as focus would go under it; the bar never hides a control entirely.
    expect(where.covered && !where.bar, `${where.control} is under the card`).toBe(false);
    expect(where.entirely, `${where.control} is entirely under the bar`).toBe(false);
  }
  return seen;
}

test.describe('the demo shop, by keyboard, with a prompt open', () => {
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
  test.beforeEach(async ({ page }) => {
    await page.route(DEMO_COLLECTOR, (route) =>
      route.fulfill({
        status: 204,
        headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' },
      }),
    );
  });

  for (const [width, height] of [
    [320, 640],
    [390, 844],
  ] as const) {
    test(`at ${width} px, after "Add to basket" by keyboard, no focused control is ever hidden`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${demo.url}/`);
      await page.locator('#add-to-basket').focus();
      await page.keyboard.press('Enter');
      await expect(region(page)).toBeVisible();
      await frames(page);
      // The button that opened it is still focused: if the card would cover it, it opens as the bar.
      const opened = await focusAgainstWidget(page);
      expect(opened?.control).toBe('add-to-basket');
      expect(opened?.covered && !opened.bar).toBe(false);
      const seen = await tabThrough(page, 14);
      expect(seen.length).toBeGreaterThan(3);
    });

    test(`at ${width} px, on the checkout form with a prompt, no field is ever hidden`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${demo.url}/checkout.html`);
      await ask(page, 'checkout');
      await expect(region(page)).toBeVisible();
      const seen = await tabThrough(page, 16);
      expect(seen.join()).toMatch(/email.*postcode/);
    });
  }
});

test('a control clicked with the mouse and covered by the card leaves the card whole: it is not keyboard focus', async ({
  page,
  server,
  collector,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await widgetPage(page, server, {
    config: site(collector.endpoint),
    before: '<button id="add" style="position:fixed;bottom:60px;right:40px">Add to basket</button>',
  });
  // Chromium focuses a button it clicks, without a focus ring.
  await page.locator('#add').click();
  await expect(page.locator('#add')).toBeFocused();
  await ask(page, 'checkout');
  await expect(face(page, 3)).toBeVisible();
  await frames(page);
  expect(await focusAgainstWidget(page)).toMatchObject({ control: 'add', bar: false, covered: true });
});

test('the pointer resting on the card for longer than minimizeAfterMs and idleCloseMs: it stays whole', async ({
  page,
  server,
  collector,
}) => {
  await page.clock.install();
  await widgetPage(page, server, { config: site(collector.endpoint, { minimizeAfterMs: 5_000, idleCloseMs: 10_000 }) });
  await ask(page, 'checkout');
  await region(page).hover();
  await page.clock.runFor(60_000);
  await expect(face(page, 3)).toBeVisible();
});

test('left alone it becomes the slim bar; reopened from it, an answer given then arrives once', async ({
  page,
  server,
  collector,
}) => {
  await page.clock.install();
  await widgetPage(page, server, { config: site(collector.endpoint) });
  await ask(page, 'checkout');
  await expect(face(page, 3)).toBeVisible();
  await page.mouse.move(5, 5);
  // The default: 30 s without the shopper.
  await page.clock.runFor(29_000);
  await expect(face(page, 3)).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(reopen(page)).toHaveText('How did this make you feel?');
  await expect(widget(page).getByRole('status')).toHaveText(/^Survey minimised/);
  // Small: it never takes more than a slim strip of the screen.
  expect((await region(page).boundingBox())?.height).toBeLessThan(56);
  await reopen(page).click();
  await answer(page, { rating: 2 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ subject: 'checkout', data: { rating: 2 } });
  expect(collector.duplicates).toBe(0);
});

test('the thanks stays while the pointer rests on it, and goes 6 s after the pointer left', async ({
  page,
  server,
  collector,
}) => {
  await page.clock.install();
  await widgetPage(page, server, { config: site(collector.endpoint) });
  await ask(page, 'checkout');
  await face(page, 4).click();
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(thanks(page)).toBeVisible();
  await page.mouse.move(5, 5);
  // Still there 4 s on (the page clock also runs on its own meanwhile), gone at 6 s.
  await page.clock.runFor(4_000);
  await expect(thanks(page)).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(widget(page)).toHaveCount(0);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('the thanks goes 6 s after Send is tapped: the :hover a tap leaves is no resting pointer', async ({
    page,
    server,
    collector,
  }) => {
    await page.clock.install();
    await widgetPage(page, server, { config: site(collector.endpoint) });
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    await ask(page, 'checkout');
    await face(page, 4).tap();
    await sendButton(page).tap();
    await expect(thanks(page)).toBeVisible();
    await page.clock.runFor(4_000);
    await expect(thanks(page)).toBeVisible();
    await page.clock.runFor(2_000);
    await expect(widget(page)).toHaveCount(0);
  });
});

test('after a keyboard Send the focused thanks shows its focus ring', async ({ page, server, collector }) => {
  await widgetPage(page, server, { config: site(collector.endpoint) });
  await ask(page, 'checkout');
  await face(page, 4).focus();
  await page.keyboard.press('ArrowRight');
  await sendButton(page).focus();
  await page.keyboard.press('Enter');
  const message = thanks(page);
  await expect(message).toBeFocused();
  await expect(message).toHaveCSS('outline-style', 'solid');
  await expect(message).toHaveCSS('outline-width', '3px');
});

for (const [width, height] of [
  [1280, 720],
  [320, 640],
] as const) {
  test(`at ${width} px the chosen face stays under the pointer as the follow-up opens`, async ({
    page,
    server,
    collector,
  }) => {
    await page.setViewportSize({ width, height });
    await widgetPage(page, server, { config: site(collector.endpoint) });
    await ask(page, 'checkout');
    const chosen = face(page, 2);
    await expect(chosen).toBeVisible();
    await region(page).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const before = await chosen.boundingBox();
    await chosen.click();
    await expect(sendButton(page)).toBeVisible();
    // Measured once the follow-up (a file of its own) is drawn.
    const wordsGroup = widget(page).getByRole('group', { name: /words/ });
    await expect(wordsGroup).toBeVisible();
    await expect(comment(page)).toBeVisible();
    const after = await chosen.boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThanOrEqual(2);
    expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThanOrEqual(2);
    // It grew: the words and the comment are above the faces, all on screen.
    const words = await wordsGroup.boundingBox();
    expect(words?.y ?? 0).toBeLessThan(before?.y ?? 0);
  });
}

test.describe('colorScheme auto follows the page', () => {
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(29, 32, 41)';

  test('a light-only page on a dark system gets the light card', async ({ page, server, collector }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await widgetPage(page, server, { config: site(collector.endpoint) });
    await ask(page, 'checkout');
    await expect(region(page)).toHaveCSS('background-color', LIGHT);
  });

  test('a page declaring light and dark, on a dark system, gets the dark card', async ({ page, server, collector }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await widgetPage(page, server, {
      config: site(collector.endpoint),
      before: '<style>:root { color-scheme: light dark }</style>',
    });
    await ask(page, 'checkout');
    await expect(region(page)).toHaveCSS('background-color', DARK);
  });

  test('the same page on a light system gets the light card', async ({ page, server, collector }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await widgetPage(page, server, {
      config: site(collector.endpoint),
      before: '<style>:root { color-scheme: light dark }</style>',
    });
    await ask(page, 'checkout');
    await expect(region(page)).toHaveCSS('background-color', LIGHT);
  });
});

test.describe('the shopper’s own text size', () => {
  /** The card's width with the browser's default font size at `standard` px, on a page with `style`. */
  async function cardWidth(page: Page, server: StaticServer, endpoint: string, standard: number, style = '') {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard } });
    await widgetPage(page, server, { config: site(endpoint), before: style });
    await ask(page, 'checkout');
    await expect(face(page, 3)).toBeVisible();
    return (await region(page).boundingBox())?.width ?? 0;
  }

  test('a 32 px default font size grows the card', async ({ page, server, collector }) => {
    await page.setViewportSize({ width: 1600, height: 1200 });
    const normal = await cardWidth(page, server, collector.endpoint, 16);
    const large = await cardWidth(page, server, collector.endpoint, 32);
    expect(normal).toBeCloseTo(360, 0);
    expect(large).toBeCloseTo(720, 0);
  });

  test('a host page’s html { font-size: 10px } does not shrink it', async ({ page, server, collector }) => {
    const width = await cardWidth(page, server, collector.endpoint, 16, '<style>html { font-size: 10px }</style>');
    expect(width).toBeCloseTo(360, 0);
  });
});
