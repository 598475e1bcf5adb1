import { expect, poll, test, widgetPage } from './fixtures.ts';
import { ask, closeButton, emotion, face, region, sendButton, widget } from './support/widget.ts';

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

for (const [width, fontSize] of [
  [200, undefined],
  [260, '32px'],
] as const) {
  test(`in a ${width} px slot${fontSize ? `, text at ${fontSize},` : ''} the five faces fit the card, each still a drawn 24 px target`, async ({
    page,
    server,
    collector,
  }) => {
    await widgetPage(page, server, {
      ...site(collector, { placement: { inline: '#feedback-slot' }, theme: fontSize ? { fontSize } : {} }),
      before: `<aside id="feedback-slot" style="width: ${width}px"></aside>`,
    });
    await ask(page, 'order_confirmed');
    await expect(region(page)).toBeVisible();
    expect(await region(page).evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    const card = await region(page).boundingBox();
    // Each face's target, and its drawing: the outline circle inside its padding.
    const faces = await widget(page)
      .locator('input[name="rating"] + svg')
      .evaluateAll((pictures) =>
        pictures.map((svg) => ({
          box: svg.getBoundingClientRect().toJSON() as DOMRect,
          drawn: (svg.querySelector('circle') as SVGCircleElement).getBoundingClientRect().width,
        })),
      );
    expect(faces).toHaveLength(5);
    for (const { box, drawn } of faces) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(drawn).toBeGreaterThanOrEqual(16);
      expect(box.right).toBeLessThanOrEqual((card?.x ?? 0) + (card?.width ?? 0));
    }
  });
}

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
  // Worded by the messages file, fetched because there is something to say.
  await poll(() => guard.warnings('[feelback]')).toEqual([
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
  // Worded by the messages file, fetched because there is something to say.
  await poll(() => guard.warnings('[feelback]')).toEqual([
    '[feelback] config.theme.brand: "not-a-colour" is not a valid CSS color; the default is kept.',
  ]);
  await expect(sendButton(page)).toHaveCSS('background-color', 'rgb(59, 59, 179)');
  await expect(region(page)).toHaveCSS('border-radius', '4px');
});

test('values CSS.supports takes that would void the widget rules are refused too, each with its warning', async ({
  page,
  server,
  collector,
  guard,
}) => {
  // A designer's "use my page's font"; a radius of two lengths (halved for the buttons, repeated
  // for the sheet); a weight over 1000 (taken inside max() only).
  const theme = { fontFamily: 'inherit', brand: 'initial', radius: '10px 20px', fontWeight: '1200' };
  await widgetPage(page, server, site(collector, { theme, placement: 'sheet' }));
  await ask(page, 'checkout');
  await face(page, 4).check();
  await poll(() => guard.warnings('[feelback]').map((warning) => warning.split(':')[0])).toEqual([
    '[feelback] config.theme.fontFamily',
    '[feelback] config.theme.brand',
    '[feelback] config.theme.radius',
    '[feelback] config.theme.fontWeight',
  ]);
  await expect(region(page)).toHaveCSS('font-family', 'system-ui, sans-serif');
  await expect(region(page)).toHaveCSS('font-weight', '400');
  await expect(region(page)).toHaveCSS('border-top-left-radius', '14px');
  await expect(sendButton(page)).toHaveCSS('background-color', 'rgb(59, 59, 179)');
  await expect(sendButton(page)).toHaveCSS('border-top-left-radius', '7px');
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

test.describe('the dark palette', () => {
  const brand = {
    brand: '#1f6f4a',
    background: '#fbf8f1',
    text: '#1b1b1b',
    radius: '18px',
    dark: { brand: '#8fd1ae', onBrand: '#0b1a12', background: '#14201a', text: '#eef3ef' },
  };
  const colours = async (page: Parameters<typeof region>[0]) => {
    await face(page, 4).check();
    return {
      card: await region(page).evaluate((el) => getComputedStyle(el).backgroundColor),
      text: await region(page).evaluate((el) => getComputedStyle(el).color),
      send: await sendButton(page).evaluate((el) => getComputedStyle(el).backgroundColor),
      radius: await region(page).evaluate((el) => getComputedStyle(el).borderTopLeftRadius),
    };
  };

  test('applies in dark only: a dark system on a page with a dark look', async ({ page, server, collector }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await widgetPage(page, server, {
      ...site(collector, { theme: brand }),
      before: '<meta name="color-scheme" content="light dark">',
    });
    await ask(page, 'checkout');
    expect(await colours(page)).toEqual({
      card: 'rgb(20, 32, 26)',
      text: 'rgb(238, 243, 239)',
      send: 'rgb(143, 209, 174)',
      radius: '18px',
    });
  });

  test('leaves the light card alone on a light system', async ({ page, server, collector }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await widgetPage(page, server, {
      ...site(collector, { theme: brand }),
      before: '<meta name="color-scheme" content="light dark">',
    });
    await ask(page, 'checkout');
    expect(await colours(page)).toEqual({
      card: 'rgb(251, 248, 241)',
      text: 'rgb(27, 27, 27)',
      send: 'rgb(31, 111, 74)',
      radius: '18px',
    });
  });

  test('without one, a dark card keeps the dark defaults: no light colour lands on it', async ({
    page,
    server,
    collector,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const { dark: _dark, ...lightOnly } = brand;
    await widgetPage(page, server, {
      ...site(collector, { theme: lightOnly }),
      before: '<meta name="color-scheme" content="light dark">',
    });
    await ask(page, 'checkout');
    expect(await colours(page)).toEqual({
      card: 'rgb(29, 32, 41)',
      text: 'rgb(236, 238, 244)',
      send: 'rgb(165, 168, 255)',
      radius: '18px',
    });
  });

  test('a bad dark value gets one warning that names it and suggests the fix', async ({
    page,
    server,
    collector,
    guard,
  }) => {
    await widgetPage(page, server, site(collector, { theme: { radius: '18', dark: { brand: '8FD1AE' } } }));
    await ask(page, 'checkout');
    await expect(region(page)).toBeVisible();
    await poll(() => guard.warnings('[feelback]')).toEqual([
      '[feelback] config.theme.radius: "18" is not a valid CSS border-radius (did you mean "18px"?); the default is kept.',
      '[feelback] config.theme.dark.brand: "8FD1AE" is not a valid CSS color (did you mean "#8FD1AE"?); the default is kept.',
    ]);
  });
});

test.describe('the new tokens', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('font weight, button and chip radius, outline button, card width each reach the widget', async ({
    page,
    server,
    collector,
  }) => {
    const theme = {
      fontWeight: '500',
      buttonRadius: '3px',
      chipRadius: '5px',
      buttonStyle: 'outline',
      width: '26em',
      brand: '#1f6f4a',
    };
    await widgetPage(page, server, site(collector, { theme }));
    await ask(page, 'checkout');
    await face(page, 2).check();
    const send = sendButton(page);
    await expect(region(page)).toHaveCSS('font-weight', '500');
    await expect(region(page)).toHaveCSS('width', `${26 * 16}px`);
    await expect(send).toHaveCSS('border-top-left-radius', '3px');
    await expect(send).toHaveCSS('font-weight', '600');
    // Outline: brand text in a brand ring, no fill.
    await expect(send).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(send).toHaveCSS('color', 'rgb(31, 111, 74)');
    await expect(send).toHaveCSS('box-shadow', 'rgb(31, 111, 74) 0px 0px 0px 2px inset');
    const chip = widget(page).locator('input[name="emotions"] + span').first();
    await expect(chip).toHaveCSS('border-top-left-radius', '5px');
  });

  test('buttonRadius shapes every button and field: the help action and the email field too', async ({
    page,
    server,
    collector,
  }) => {
    const config = { theme: { buttonRadius: '0px', radius: '20px' }, recovery: { link: '/help' }, contact: true };
    await widgetPage(page, server, site(collector, config));
    await ask(page, 'checkout');
    await face(page, 1).check();
    await widget(page)
      .getByRole('checkbox', { name: /contact/i })
      .check();
    const email = widget(page).locator('input[type=email]');
    await email.fill('shopper@example.com');
    await expect(email).toHaveCSS('border-top-left-radius', '0px');
    await sendButton(page).click();
    const help = widget(page).getByRole('link', { name: /help/i });
    await expect(help).toHaveCSS('border-top-left-radius', '0px');
  });

  test('a small fontSize keeps faces at least 44 px and emotion words at least 24 px tall', async ({
    page,
    server,
    collector,
  }) => {
    await widgetPage(page, server, site(collector, { theme: { fontSize: '10px' } }));
    await ask(page, 'checkout');
    await face(page, 3).check();
    await expect(emotion(page, 'fine')).toBeAttached();
    // The picture beside each invisible native control is what the shopper taps.
    const smallest = (name: string) =>
      widget(page)
        .locator(`input[name=${name}] + *`)
        .evaluateAll((pictures) =>
          Math.min(
            ...pictures.flatMap((picture) => [
              picture.getBoundingClientRect().width,
              picture.getBoundingClientRect().height,
            ]),
          ),
        );
    expect(await smallest('rating')).toBeGreaterThanOrEqual(44);
    expect(await smallest('emotions')).toBeGreaterThanOrEqual(24);
  });

  test('the card width stays within 20em and 32em', async ({ page, server, collector }) => {
    await widgetPage(page, server, site(collector, { theme: { width: '80em' } }));
    await ask(page, 'checkout');
    await expect(region(page)).toHaveCSS('width', `${32 * 16}px`);
  });

  test('the hover colour shows under the pointer on the close button and a face not chosen', async ({
    page,
    server,
    collector,
  }) => {
    await widgetPage(page, server, site(collector, { theme: { hover: '#ffe4b5' } }));
    await ask(page, 'checkout');
    await closeButton(page).hover();
    await expect(closeButton(page)).toHaveCSS('background-color', 'rgb(255, 228, 181)');
    await face(page, 3).hover();
    const picture = widget(page).locator('input[name="rating"][value="3"] + svg');
    await expect(picture).toHaveCSS('background-color', 'rgb(255, 228, 181)');
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('a word tapped on and off again does not keep the hover colour', async ({ page, server, collector }) => {
    await widgetPage(page, server, site(collector, { theme: { hover: '#ffe4b5' } }));
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    await ask(page, 'checkout');
    await face(page, 2).tap();
    await emotion(page, 'frustrated').tap();
    await emotion(page, 'frustrated').tap();
    await expect(emotion(page, 'frustrated')).not.toBeChecked();
    // The tap left :hover on it, as a phone does: it looks as a word never chosen.
    const chip = widget(page).locator('input[name="emotions"][value="frustrated"] + span');
    await expect(chip).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });
});
