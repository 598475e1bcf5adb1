import type { Page } from '@playwright/test';
import ar from '../../src/i18n/locales/ar.ts';
import de from '../../src/i18n/locales/de.ts';
import he from '../../src/i18n/locales/he.ts';
import pt from '../../src/i18n/locales/pt.ts';
import { answerEventSchema } from '../../src/wire/answer-event.ts';
import { expect, type Guard, snippetHtml, test, type WidgetPageOptions } from './fixtures.ts';
import { runAxe } from './support/axe.ts';
import { distPath, localePath } from './support/dist-files.ts';
import { roundTrip } from './support/page-clock.ts';
import { ask, comment, emotion, face, status, widget } from './support/widget.ts';

/** The shop page in a given language (`<html lang>`), recording which locale files it fetches. */
async function shopIn(
  page: Page,
  server: { page(html: string): string; url: string },
  lang: string,
  options: WidgetPageOptions,
) {
  const localeRequests: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/locales/')) localeRequests.push(path);
    if (path === distPath('messages')) warnedOn.add(page);
  });
  const html = snippetHtml(options).replace('<html lang="en">', `<html lang="${lang}">`);
  await page.goto(`${server.url}${server.page(html)}`);
  return localeRequests;
}

/** Pages that fetched the words of the widget's warnings: every warning of ours fetches them first. */
const warnedOn = new WeakSet<Page>();

/**
 * No warning of ours came, and none is on its way: a warning's words are a file of their own
 * (feelback-messages), asked for as soon as there is one to say, well before it is printed.
 */
async function expectNoWarning(page: Page, guard: Guard) {
  await roundTrip(page);
  expect(warnedOn.has(page), 'the warnings’ words were fetched').toBe(false);
  expect(guard.warnings('[feelback]')).toEqual([]);
}

const shop = (endpoint: string, extra: object = {}) => ({ config: { endpoint, site: 'shop-e2e', ...extra } });
const card = (page: Page) => widget(page).locator('section');
const legend = (page: Page) => widget(page).locator('legend').first();

/** Waits until the prompt is up and its entrance animation has finished, so layout and colours are final. */
async function settled(page: Page): Promise<void> {
  await expect(card(page)).toBeVisible();
  await card(page).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

test('a German page gets the German prompt, its file fetched only when the prompt shows', async ({
  page,
  server,
  collector,
}) => {
  const requests = await shopIn(page, server, 'de', shop(collector.endpoint));
  await page.waitForLoadState('networkidle');
  expect(requests, 'nothing fetched before a prompt').toEqual([]);

  await ask(page, 'checkout');
  await expect(legend(page)).toHaveText(de.question);
  expect(requests).toEqual([localePath('de')]);
  await expect(widget(page)).toHaveAttribute('lang', 'de');
  await expect(widget(page)).toHaveAttribute('dir', 'ltr');
  await expect(widget(page).getByRole('radio', { name: 'Sehr gut', exact: true })).toBeVisible();
  await expect(status(page)).toHaveText(`Umfrage unten auf der Seite: ${de.question}`);

  await face(page, 5).check();
  await widget(page).getByRole('button', { name: 'Senden' }).click();
  await expect(status(page)).toHaveText(de.thanks);
});

for (const [code, strings] of [
  ['he', he],
  ['ar', ar],
] as const) {
  test(`${code}: the prompt reads right to left and mirrors`, async ({ page, server, collector }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const requests = await shopIn(page, server, code, shop(collector.endpoint));
    await ask(page, 'checkout');
    await settled(page);
    expect(requests).toEqual([localePath(code)]);
    await expect(widget(page)).toHaveAttribute('dir', 'rtl');
    await expect(legend(page)).toHaveText(strings.question);

    const box = async (locator: ReturnType<typeof card>) => {
      const found = await locator.boundingBox();
      if (!found) throw new Error('no box');
      return found;
    };
    const cardBox = await box(card(page));
    const close = await box(widget(page).getByRole('button', { name: strings.close }));
    // The card sits in the bottom-left corner, its close button at its left edge…
    expect(cardBox.x + cardBox.width / 2).toBeLessThan(640);
    expect(close.x - cardBox.x).toBeLessThan(cardBox.x + cardBox.width - (close.x + close.width));
    // …and the faces read right to left, most negative first.
    const faces = await Promise.all([1, 2, 3, 4, 5].map(async (rating) => (await box(face(page, rating))).x));
    expect(faces).toEqual([...faces].sort((a, b) => b - a));
    await expect(widget(page).getByRole('radio', { name: strings.ratings[0], exact: true })).toBeVisible();
  });
}

test('he: keyboard only, the left arrow moves to the face on the left, the next more positive one', async ({
  page,
  server,
  collector,
}) => {
  await shopIn(page, server, 'he', shop(collector.endpoint));
  await page.locator('#search').focus();
  await ask(page, 'checkout');
  await settled(page);
  await page.keyboard.press('Tab');
  await expect(face(page, 1)).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(face(page, 4)).toBeChecked();
  const x = async (rating: number) => (await face(page, rating).boundingBox())?.x ?? Number.NaN;
  expect(await x(4)).toBeLessThan(await x(1));

  const send = widget(page).getByRole('button', { name: he.send });
  for (
    let i = 0;
    i < 15 && !(await send.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(send).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget(page).locator('p[data-focus]')).toHaveText(he.thanks);
  await expect(widget(page).locator('p[data-focus]')).toBeFocused();
  await expect.poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ data: { rating: 4, locale: 'he' } });
});

test('pt-BR gets the Portuguese prompt, labelled pt-BR', async ({ page, server, collector }) => {
  const requests = await shopIn(page, server, 'en', shop(collector.endpoint, { locale: 'pt-BR' }));
  await ask(page, 'checkout');
  await expect(legend(page)).toHaveText(pt.question);
  await expect(widget(page)).toHaveAttribute('lang', 'pt-BR');
  expect(requests).toEqual([localePath('pt')]);
});

test('a long language tag with extensions is answered in its language and arrives as its plain tag', async ({
  page,
  server,
  collector,
}) => {
  // 37 characters: longer than an answer's locale may be. It must never stop the answer.
  const requests = await shopIn(page, server, 'de-DE-u-ca-gregory-co-phonebk-nu-latn', shop(collector.endpoint));
  await ask(page, 'checkout');
  await expect(legend(page)).toHaveText(de.question);
  expect(requests).toEqual([localePath('de')]);
  await face(page, 4).check();
  await widget(page).getByRole('button', { name: 'Senden' }).click();
  await expect(status(page)).toHaveText(de.thanks);
  // Read through the answer schema: what arrived is a valid answer, not just any JSON.
  await expect
    .poll(() => collector.received.map((event) => answerEventSchema.parse(event).data.locale))
    .toEqual(['de-DE']);
});

test('a language we do not ship gets English, with no warning and no file fetched', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const requests = await shopIn(page, server, 'zh-Hans', shop(collector.endpoint));
  await ask(page, 'checkout');
  await expect(legend(page)).toHaveText('How did this make you feel?');
  await expect(widget(page)).toHaveAttribute('lang', 'en');
  await expect(widget(page)).toHaveAttribute('dir', 'ltr');
  expect(requests).toEqual([]);
  await expectNoWarning(page, guard);
});

test('a locale file that cannot load leaves the prompt in English, with no warning', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await page.route('**/dist/locales/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
  guard.allowFailedRequests(server.url);
  const requests = await shopIn(page, server, 'sv', shop(collector.endpoint));
  await ask(page, 'checkout');
  await expect(legend(page)).toHaveText('How did this make you feel?');
  await expect(widget(page)).toHaveAttribute('lang', 'en');
  // Asked for, and once more under a fresh URL: a failed import is kept for its URL in older browsers.
  expect(requests, 'the Swedish file was asked for, and failed').toEqual([localePath('sv'), localePath('sv')]);
  await expectNoWarning(page, guard);
});

/** The accessible names of the scale's points, lowest first. */
const pointNames = (page: Page) =>
  widget(page)
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => radio.getAttribute('aria-label')));
const RETURNS = { steps: { returns: { instrument: 'effort' } } };

test('de: a step asking on effort shows the German statement and labels, fetching its scale’s file with the texts', async ({
  page,
  server,
  collector,
}) => {
  const requests = await shopIn(page, server, 'de', shop(collector.endpoint, RETURNS));
  await page.waitForLoadState('networkidle');
  expect(requests, 'nothing fetched before a prompt').toEqual([]);

  await ask(page, 'returns');
  await expect(legend(page)).toHaveText(de.effortQuestion);
  expect(await pointNames(page)).toEqual(de.effortLabels.map((label, n) => `${n + 1} – ${label}`));
  // The words at the ends of the scale, for sighted shoppers.
  await expect(widget(page).getByText(`${de.effortLabels[0]}`, { exact: true })).toBeVisible();
  await expect(widget(page).getByText(`${de.effortLabels[6]}`, { exact: true })).toBeVisible();
  await expect(widget(page)).toHaveAttribute('lang', 'de');
  expect(requests.sort()).toEqual([localePath('de-effort'), localePath('de')]);

  await widget(page)
    .getByRole('radio', { name: `6 – ${de.effortLabels[5]}`, exact: true })
    .check();
  await widget(page).getByRole('button', { name: de.send }).click();
  await expect(status(page)).toHaveText(de.thanks);
  await expect.poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ data: { step: 'returns', instrument: 'effort', rating: 6 } });
  expect(requests, 'no satisfaction texts, nothing fetched twice').toHaveLength(2);
});

test('ar: a step asking on effort shows the Arabic statement and labels, right to left, with no axe violation', async ({
  page,
  server,
  collector,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const requests = await shopIn(page, server, 'ar', shop(collector.endpoint, RETURNS));
  await ask(page, 'returns');
  await settled(page);
  await expect(widget(page)).toHaveAttribute('dir', 'rtl');
  await expect(legend(page)).toHaveText(ar.effortQuestion);
  expect(await pointNames(page)).toEqual(ar.effortLabels.map((label, n) => `${n + 1} – ${label}`));
  await expect(widget(page).getByText(`${ar.effortLabels[0]}`, { exact: true })).toBeVisible();
  expect(requests.sort()).toEqual([localePath('ar-effort'), localePath('ar')]);
  // The points read right to left, lowest first.
  const xs = await widget(page)
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => radio.getBoundingClientRect().x));
  expect(xs).toEqual([...xs].sort((a, b) => b - a));
  const { violations, summary } = await runAxe(page);
  expect(violations, summary).toEqual([]);
});

test('a scale’s file that cannot load leaves the whole prompt in English, not half translated', async ({
  page,
  server,
  collector,
  guard,
}) => {
  // Its retry too (same path, a query of its own).
  await page.route(`**${localePath('de-effort')}?*`, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.route(`**${localePath('de-effort')}`, (route) => route.fulfill({ status: 404, body: 'missing' }));
  guard.allowFailedRequests(server.url);
  const requests = await shopIn(page, server, 'de', shop(collector.endpoint, RETURNS));
  await ask(page, 'returns');
  await expect(legend(page)).toHaveText('It was easy to do what I came here to do.');
  await expect(widget(page).getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(widget(page)).toHaveAttribute('lang', 'en');
  // The German texts came; only the scale's file failed.
  expect(requests.sort()).toEqual([localePath('de-effort'), localePath('de-effort'), localePath('de')]);
  await expectNoWarning(page, guard);
});

test('a locale file that does not fit (another version’s, from a cache) leaves the prompt in English', async ({
  page,
  server,
  collector,
  guard,
}) => {
  // A file of names and texts, as an earlier version shipped them: not a list of texts.
  const earlier = `export default ${JSON.stringify(de)};`;
  await page.route(`**${localePath('de')}`, (route) =>
    route.fulfill({ body: earlier, contentType: 'text/javascript; charset=utf-8' }),
  );
  const requests = await shopIn(page, server, 'de', shop(collector.endpoint));
  await ask(page, 'checkout');
  await expect(legend(page)).toHaveText('How did this make you feel?');
  await expect(widget(page)).toHaveAttribute('lang', 'en');
  expect(requests, 'the earlier file was fetched, and set aside').toEqual([localePath('de')]);
  await expectNoWarning(page, guard);
});

test('config strings replace texts, and one without its placeholder falls back with one warning', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const strings = { de: { thanks: 'Danke, das hilft uns sehr!', promptAvailable: 'Umfrage unten' } };
  await shopIn(page, server, 'de', shop(collector.endpoint, { strings }));
  await ask(page, 'checkout');
  await expect(status(page)).toHaveText(`Umfrage unten auf der Seite: ${de.question}`);
  await face(page, 4).check();
  await widget(page).getByRole('button', { name: 'Senden' }).click();
  await expect(widget(page).locator('p')).toHaveText('Danke, das hilft uns sehr!');
  expect(guard.warnings('[feelback]')).toEqual([
    '[feelback] config.strings.de.promptAvailable expected the placeholder {question}; the default is used.',
  ]);
});

const STATES = {
  prompt: async (_page: Page) => {},
  'follow-up': async (page: Page) => {
    await face(page, 2).check();
    await emotion(page, 'frustrated').check();
    await comment(page).fill('x'.repeat(980));
    await expect(widget(page).locator('#fb-n')).toBeVisible();
  },
  thanks: async (page: Page) => {
    await face(page, 4).check();
    await widget(page).locator('button[type="submit"]').click();
    await expect(widget(page).locator('p[data-focus]')).toBeVisible();
  },
};

for (const width of [1280, 320]) {
  test.describe(`right to left at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 800 } });
    for (const code of ['ar', 'he']) {
      for (const [state, reach] of Object.entries(STATES)) {
        test(`${code}: axe finds no WCAG 2.2 AA violations in the ${state} state`, async ({
          page,
          server,
          collector,
        }) => {
          await shopIn(page, server, code, shop(collector.endpoint));
          await ask(page, 'checkout');
          await settled(page);
          await reach(page);
          const { violations, summary } = await runAxe(page);
          expect(violations, summary).toEqual([]);
        });
      }
    }
  });
}
