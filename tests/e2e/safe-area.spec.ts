/**
 * Phones with a notch or a home indicator, on a page with `viewport-fit=cover`: the prompt's
 * controls stay inside the safe area. Chromium emulates the insets over CDP
 * (Emulation.setSafeAreaInsetsOverride), as an iPhone reports them.
 */
import type { Page } from '@playwright/test';
import { expect, snippetHtml, test } from './fixtures.ts';
import { ask, face, region, sendButton, widget } from './support/widget.ts';

type Insets = { top: number; bottom: number; left: number; right: number };

/** The shop page with `viewport-fit=cover` and the given insets, `before` the snippet. */
async function phonePage(
  page: Page,
  server: { url: string; page(html: string): string },
  endpoint: string,
  insets: Insets,
  before = '',
) {
  const html = snippetHtml({ config: { endpoint, site: 'shop-e2e' }, before }).replace(
    'content="width=device-width,initial-scale=1"',
    'content="width=device-width,initial-scale=1,viewport-fit=cover"',
  );
  await page.goto(`${server.url}${server.page(html)}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setSafeAreaInsetsOverride' as never, { insets } as never);
}

/** A control's box in the shadow root, once the card's entrance has finished. */
async function boxOf(page: Page, selector: string) {
  await region(page).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  return widget(page).evaluate((host, css) => {
    const r = ((host.shadowRoot as ShadowRoot).querySelector(css) as Element).getBoundingClientRect();
    return { top: r.top, right: r.right, bottom: r.bottom, width: innerWidth, height: innerHeight };
  }, selector);
}

test.describe('portrait, a home indicator (390 × 664, 47 px status bar, 34 px at the bottom)', () => {
  test.use({ viewport: { width: 390, height: 664 }, isMobile: true, hasTouch: true });
  const insets = { top: 47, bottom: 34, left: 0, right: 0 };

  test("the sheet keeps Don't ask me again and Send above the home indicator, and still meets the bottom edge", async ({
    page,
    server,
    collector,
  }) => {
    await phonePage(page, server, collector.endpoint, insets);
    await ask(page, 'checkout');
    const dont = await boxOf(page, '.fb-quiet');
    expect(dont.bottom).toBeLessThanOrEqual(dont.height - insets.bottom);
    await face(page, 4).tap();
    await sendButton(page).evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    const send = await boxOf(page, 'button[type="submit"]');
    expect(send.bottom).toBeLessThanOrEqual(send.height - insets.bottom);
    expect((await boxOf(page, 'section')).bottom).toBe(send.height);
  });

  test('the slim bar moved to the top edge stays below the status bar', async ({ page, server, collector }) => {
    const pay = '<button id="pay" style="position:fixed;bottom:12px;left:12px;right:12px;height:48px">Pay now</button>';
    await phonePage(page, server, collector.endpoint, insets, pay);
    await page.locator('#pay').focus();
    await ask(page, 'checkout');
    await expect(widget(page)).toHaveAttribute('data-edge-top', '');
    expect((await boxOf(page, 'section')).top).toBeGreaterThanOrEqual(insets.top);
  });
});

test.describe('landscape, a notch (740 × 360, 47 px at the sides, 21 px at the bottom)', () => {
  test.use({ viewport: { width: 740, height: 360 }, isMobile: true, hasTouch: true });

  test('the corner card stays clear of the notch and the home indicator', async ({ page, server, collector }) => {
    const insets = { top: 0, bottom: 21, left: 47, right: 47 };
    await phonePage(page, server, collector.endpoint, insets);
    await ask(page, 'checkout');
    const card = await boxOf(page, 'section');
    expect(card.right).toBeLessThanOrEqual(card.width - insets.right);
    expect(card.bottom).toBeLessThanOrEqual(card.height - insets.bottom);
  });
});
