import { expect, test, widgetPage } from './fixtures.ts';
import { ask, face, region, sendButton, widget } from './support/widget.ts';

const site = (collector: { endpoint: string }, more: Record<string, unknown> = {}) => ({
  config: { endpoint: collector.endpoint, site: 'shop-e2e', ...more },
});

test('no animation runs when the system asks for reduced motion', async ({ page, server, collector }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await widgetPage(page, server, site(collector));
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  await expect(region(page)).toHaveCSS('animation-name', 'none');
  expect(await region(page).evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
});

test('the prompt slides in when motion is fine', async ({ page, server, collector }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await widgetPage(page, server, site(collector));
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  await expect(region(page)).toHaveCSS('animation-name', /^fb-enter/);
  await expect(region(page)).toHaveCSS('animation-duration', '0.2s');
});

test('a page whose root font size is 62.5% still gets the full-size card, faces in one row, no sideways scroll', async ({
  page,
  server,
  collector,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await widgetPage(page, server, { ...site(collector), before: '<style>html { font-size: 62.5% }</style>' });
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  const card = await region(page).boundingBox();
  expect(card?.width).toBe(360);
  const tops = await widget(page)
    .locator('input[name="rating"]')
    .evaluateAll((faces) => faces.map((input) => input.parentElement?.getBoundingClientRect().top));
  expect(new Set(tops).size).toBe(1);
  expect(await region(page).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('inline placement renders inside the page slot, in flow', async ({ page, server, collector }) => {
  await widgetPage(page, server, {
    ...site(collector, { placement: { inline: '#feedback-slot' } }),
    before: '<section id="feedback-slot" style="width: 500px"></section><p id="after">After</p>',
  });
  await ask(page, 'order_confirmed');
  await expect(page.locator('#feedback-slot > feelback-widget')).toHaveCount(1);
  await expect(region(page)).toHaveCSS('position', 'static');
  const card = await region(page).boundingBox();
  const after = await page.locator('#after').boundingBox();
  // In flow: the text after the slot starts below the card.
  expect((card?.y ?? 0) + (card?.height ?? 0)).toBeLessThanOrEqual(after?.y ?? 0);
});

test('an inline slot that is missing gives one warning and the corner card', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, site(collector, { placement: { inline: '#nowhere' } }));
  await ask(page, 'order_confirmed');
  await expect(region(page)).toHaveCSS('position', 'fixed');
  await expect(widget(page)).toHaveAttribute('data-placement', 'bottom-right');
  expect(guard.warnings('[feelback]')).toEqual([
    '[feelback] config.placement.inline: no element matches #nowhere; shown in the corner.',
  ]);
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('bottom-left placement shows the card in the bottom-left corner', async ({ page, server, collector }) => {
    await widgetPage(page, server, site(collector, { placement: 'bottom-left' }));
    await ask(page, 'checkout');
    // Measured where the card comes to rest, after its entrance slide.
    await region(page).evaluate((card) => Promise.all(card.getAnimations().map((a) => a.finished)));
    const box = await region(page).boundingBox();
    expect(box?.x).toBe(16);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBe(800 - 16);
  });

  test('sheet placement spans the bottom even on a wide screen', async ({ page, server, collector }) => {
    await widgetPage(page, server, site(collector, { placement: 'sheet' }));
    await ask(page, 'checkout');
    const box = await region(page).boundingBox();
    expect(box).toMatchObject({ x: 0, width: 1280 });
  });
});

test('an invalid theme value gives one warning naming it; the default stays and the others apply', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, site(collector, { theme: { brand: 'not-a-colour', radius: '4px' } }));
  await ask(page, 'checkout');
  await face(page, 3).check();
  expect(guard.warnings('[feelback]')).toEqual([
    '[feelback] config.theme.brand: "not-a-colour" is not a valid CSS color; the default is kept.',
  ]);
  await expect(sendButton(page)).toHaveCSS('background-color', 'rgb(59, 59, 179)');
  await expect(region(page)).toHaveCSS('border-radius', '4px');
});

test('colorScheme "dark" shows the dark theme on a light system', async ({ page, server, collector }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await widgetPage(page, server, site(collector, { colorScheme: 'dark' }));
  await ask(page, 'checkout');
  await expect(region(page)).toHaveCSS('background-color', 'rgb(29, 32, 41)');
});

test('colorScheme "light" shows the light theme on a dark system', async ({ page, server, collector }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await widgetPage(page, server, site(collector, { colorScheme: 'light' }));
  await ask(page, 'checkout');
  await expect(region(page)).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});
