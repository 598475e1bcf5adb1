import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, poll, test, widgetPage } from './fixtures.ts';
import { runAxe } from './support/axe.ts';
import { PREVIEW_STATES, previewPage } from './support/preview.ts';
import {
  answer,
  ask,
  closeButton,
  comment,
  emotion,
  FACE_NAMES,
  face,
  flush,
  region,
  sendButton,
  status,
  THANKS_TEXT,
  thanks,
  widget,
} from './support/widget.ts';

/** Waits until the prompt's entrance animation has finished, so colours are final. */
async function settled(page: Page): Promise<void> {
  await expect(region(page)).toBeVisible();
  await region(page).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

/** Presses Tab until `target` has focus; fails if it never gets it. */
async function tabTo(page: Page, target: Locator, max = 15): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const STATES = {
  prompt: async (_page: Page) => {},
  'follow-up': async (page: Page) => {
    await face(page, 2).check();
    await emotion(page, 'frustrated').check();
    await comment(page).fill('The delivery date was not clear');
    await expect(comment(page)).toBeVisible();
  },
  thanks: async (page: Page) => {
    await answer(page, { rating: 4 });
    await expect(thanks(page)).toBeVisible();
  },
};

/** Screenshots of each state in each theme, for a person to look at. */
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
/** The card's background in each default theme. */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(29, 32, 41)' };

for (const width of [1280, 320]) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      test.describe(`preview at ${width} px, ${scheme}, ${dir}`, () => {
        test.use({ viewport: { width, height: width === 320 ? 640 : 800 } });
        for (const state of Object.keys(PREVIEW_STATES) as Array<keyof typeof PREVIEW_STATES>) {
          test(`axe finds no WCAG 2.2 AA violations in the ${state} state`, async ({ page, server }) => {
            // The system setting decides (colorScheme auto, the default, on a page with both looks).
            await page.emulateMedia({ colorScheme: scheme });
            await previewPage(page, server, { state, dir });
            await settled(page);
            await expect(region(page)).toHaveCSS('background-color', BACKGROUND[scheme]);
            // Reflow (WCAG 1.4.10): nothing scrolls sideways.
            expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
            const { violations, summary } = await runAxe(page);
            expect(violations, summary).toEqual([]);
            mkdirSync(SCREENSHOTS, { recursive: true });
            await page.screenshot({ path: `${SCREENSHOTS}${state}-${scheme}-${dir}-${width}.png` });
          });
        }
      });
    }
  }

  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 800 } });

    for (const [state, reach] of Object.entries(STATES)) {
      test(`axe finds no WCAG 2.2 AA violations in the ${state} state`, async ({ page, server, collector }) => {
        await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' } });
        await ask(page, 'checkout');
        await settled(page);
        await reach(page);
        const { violations, summary } = await runAxe(page);
        expect(violations, summary).toEqual([]);
      });
    }

    test('faces, Send and Close are touch targets of at least 24 × 24 px', async ({ page, server, collector }) => {
      await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' } });
      await ask(page, 'checkout');
      await settled(page);
      const sizes: string[] = [];
      const measure = async (name: string, target: Locator) => {
        const box = await target.boundingBox();
        expect(box, `${name} has a box`).not.toBeNull();
        sizes.push(`${name}: ${box?.width}×${box?.height}`);
        expect(box?.width, `${name} width`).toBeGreaterThanOrEqual(24);
        expect(box?.height, `${name} height`).toBeGreaterThanOrEqual(24);
        // Fully on screen, so the whole target can be touched.
        const inside = (box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width;
        expect(inside, `${name} inside the viewport`).toBe(true);
      };
      for (const [i, name] of FACE_NAMES.entries()) await measure(name, face(page, i + 1));
      await measure('Close', closeButton(page));
      await face(page, 3).check();
      await measure('Send', sendButton(page));
      test.info().annotations.push({ type: 'target sizes', description: sizes.join(', ') });
    });
  });
}

test('keyboard only: Tab in, arrows rate without sending, Space picks a word, Enter sends, Escape closes', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' } });
  const search = page.locator('#search');
  await search.focus();
  await ask(page, 'checkout');
  await settled(page);

  // The widget comes after the page's last control.
  await page.keyboard.press('Tab');
  await expect(face(page, 1)).toBeFocused();
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) {
    await page.keyboard.press(key);
  }
  await expect(face(page, 4)).toBeFocused();
  await expect(face(page, 4)).toBeChecked();
  await expect(widget(page).getByRole('radio', { name: 'Happy', exact: true })).toBeChecked();
  // Choosing is not sending.
  await expect(emotion(page, 'relieved')).toBeVisible();
  await expect(thanks(page)).toHaveCount(0);
  expect(collector.requests).toEqual([]);

  await tabTo(page, emotion(page, 'relieved'));
  await page.keyboard.press('Space');
  await expect(emotion(page, 'relieved')).toBeChecked();
  await tabTo(page, comment(page));
  await page.keyboard.type('Smooth');
  await tabTo(page, sendButton(page));
  await page.keyboard.press('Enter');

  await expect(thanks(page)).toBeVisible();
  await expect(thanks(page)).toBeFocused();
  // Focus reads the thanks; a status region saying it too would make a screen reader say it twice.
  await expect(status(page)).not.toContainText(THANKS_TEXT);
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({
    data: { rating: 4, emotions: ['relieved'], comment: 'Smooth' },
  });

  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('Escape with focus inside the prompt dismisses it and puts focus back', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' }, events: true });
  const search = page.locator('#search');
  await search.focus();
  await ask(page, 'checkout');
  await settled(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(face(page, 2)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await expect(search).toBeFocused();
  await poll(() => guard.events('dismissed').map((e) => e.payload)).toEqual([{ step: 'checkout', reason: 'escape' }]);
  // The arrow checked face 2, so it goes as a partial answer (listen-and-act.spec.ts), and nothing else.
  await poll(() => collector.received.length).toBe(1);
  await flush(page);
  expect(collector.received).toHaveLength(1);
  expect(collector.received[0]).toMatchObject({ subject: 'checkout', data: { rating: 2, partial: true } });
});

test('Escape puts focus back inside a page component’s shadow root, not on its host', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' } });
  await page.evaluate(() => {
    const header = document.body.appendChild(document.createElement('shop-header'));
    header.attachShadow({ mode: 'open' }).innerHTML = '<button id="account">Account</button>';
  });
  const account = page.locator('shop-header #account');
  await account.focus();
  await ask(page, 'checkout');
  await settled(page);
  await tabTo(page, face(page, 1));
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await expect(account).toBeFocused();
});

test('the prompt appearing does not move focus', async ({ page, server, collector }) => {
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' } });
  const search = page.locator('#search');
  await search.focus();
  await page.keyboard.type('sho');
  await ask(page, 'search');
  await settled(page);
  await expect(status(page)).not.toBeEmpty();
  await expect(search).toBeFocused();
  await page.keyboard.type('es');
  await expect(search).toHaveValue('shoes');
});

test('Escape with nothing focused on the page dismisses the prompt', async ({ page, server, collector, guard }) => {
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' }, events: true });
  await ask(page, 'basket');
  await settled(page);
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await poll(() => guard.events('dismissed').map((e) => e.payload)).toEqual([{ step: 'basket', reason: 'escape' }]);
  // Anything the dismissal had queued would go now.
  await flush(page);
  expect(collector.requests).toEqual([]);
});

test('Escape that closes the page’s own dialog, or clears its search field, leaves the prompt alone', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' }, events: true });
  await ask(page, 'basket');
  await settled(page);
  // A native modal dialog closes on Escape without calling preventDefault().
  await page.evaluate(() => {
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.append(Object.assign(document.createElement('button'), { textContent: 'Size guide' }));
    dialog.showModal();
  });
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).not.toHaveAttribute('open');
  await page.locator('#search').fill('shoes');
  await page.locator('#search').press('Escape');
  await expect(region(page)).toBeVisible();
  expect(guard.events('dismissed')).toEqual([]);
});

test('the status region announces the question', async ({ page, server, collector }) => {
  const question = 'How did finding your size make you feel?';
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e', question } });
  await ask(page, 'size-guide');
  await expect(widget(page).getByRole('status')).toContainText(question);
  await expect(widget(page).getByRole('form', { name: question })).toBeVisible();
});
