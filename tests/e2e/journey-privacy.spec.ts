import type { Collector } from '../../demo/collector.js';
import { PATTERNS } from '../../src/shared/patterns.ts';
import { expect, poll, test, widgetPage } from './fixtures.ts';
import {
  consent,
  databases,
  decision,
  dontAskButton,
  expectNoPrompt,
  JOURNEY_DB,
  otherStorage,
  readEtiquette,
} from './support/journey.ts';
import { answer, ask, closeButton, comment, face, region, thanks, widget } from './support/widget.ts';

/** Consent gating, Global Privacy Control, the privacy link and the dataLayer, in real Chromium. */
const journeyConfig = (collector: Collector, extra: Record<string, unknown> = {}) => ({
  endpoint: collector.endpoint,
  site: 'shop-e2e',
  debug: true,
  ...extra,
});

test('consent: false keeps etiquette memory off the device until consent(true)', async ({
  page,
  server,
  collector,
  guard,
}) => {
  // Two prompts per page are allowed, so only the remembered dismissal can keep the second step quiet.
  const config = journeyConfig(collector, { consent: false, etiquette: { promptsPerPage: 2 } });
  await widgetPage(page, server, { config });
  // The site's own storage, which must stay exactly as it was.
  await page.evaluate(() => {
    localStorage.setItem('basket', '2 items');
    sessionStorage.setItem('visit', 'v1');
    // biome-ignore lint/suspicious/noDocumentCookie: a site setting its own cookie is the scenario
    document.cookie = 'shop_session=s1; path=/';
  });
  const before = await otherStorage(page);

  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await closeButton(page).click();
  await expect(widget(page)).toHaveCount(0);
  // Still remembered for this page: a second step stays quiet, for the cooldown.
  expect(await decision(page, guard, 'step', 'returns')).toBe(
    'no prompt — a prompt was answered or dismissed less than 14 days ago.',
  );

  expect(await databases(page)).not.toContain(JOURNEY_DB);
  expect(await otherStorage(page)).toEqual(before);

  await consent(page, true);
  await poll(() => readEtiquette(page)).toEqual({
    lastPromptAt: expect.any(Number),
    steps: { checkout: expect.any(Number) },
  });
  expect(await otherStorage(page)).toEqual(before);
});

test('consent: false still keeps "Don’t ask me again" on the device, and nothing else: the next page does not ask', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const config = journeyConfig(collector, { consent: false, etiquette: { promptsPerPage: 2 } });
  await widgetPage(page, server, { config });
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await closeButton(page).click();
  await expect(widget(page)).toHaveCount(0);
  expect(await decision(page, guard, 'step', 'returns')).toBe(
    'no prompt — a prompt was answered or dismissed less than 14 days ago.',
  );
  await ask(page, 'basket');
  await dontAskButton(page).click();
  await expect(widget(page)).toHaveCount(0);
  // The shopper's own request, stored as their answers are; the dismissal and the cooldown are not.
  await poll(() => readEtiquette(page)).toEqual({ optOut: true, steps: {} });

  await page.reload();
  await expectNoPrompt(page, guard, 'ask', 'returns', 'the shopper chose "don’t ask me again"');
  expect(await readEtiquette(page)).toEqual({ optOut: true, steps: {} });
});

test('with default consent nothing is stored on the device before the shopper interacts', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: journeyConfig(collector, { etiquette: { idleCloseMs: 1500 } }),
    events: true,
  });
  const before = await otherStorage(page);
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await expect(region(page)).toBeVisible();
  expect(await databases(page)).toEqual([]);
  // Past the idle close and the widget's first delivery check (1 s after start).
  await poll(() => guard.events('dismissed').length).toBe(1);
  expect(await databases(page)).toEqual([]);
  expect(await otherStorage(page)).toEqual(before);

  // The first interaction is what writes.
  await page.reload();
  expect(await decision(page, guard, 'ask', 'checkout')).toBe('prompt shown.');
  await closeButton(page).click();
  await poll(() => databases(page)).toEqual([JOURNEY_DB]);
});

test('with Global Privacy Control the payload carries the answer but no page or locale', async ({
  page,
  context,
  server,
  collector,
}) => {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
  });
  await widgetPage(page, server, { config: journeyConfig(collector, { locale: 'en-GB' }) });
  expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(true);
  await ask(page, 'checkout');
  await answer(page, { rating: 2, emotions: ['confused'] });
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]?.data).toEqual({
    step: 'checkout',
    instrument: 'feeling',
    scale: { min: 1, max: 5 },
    rating: 2,
    emotions: ['confused'],
    replaces: expect.stringMatching(PATTERNS.uuid),
    widgetVersion: expect.any(String),
  });
});

test('without Global Privacy Control the payload has the page and locale', async ({ page, server, collector }) => {
  const { path } = await widgetPage(page, server, { config: journeyConfig(collector, { locale: 'en-GB' }) });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]?.data).toMatchObject({ page: path, locale: 'en-GB' });
});

test('privacyUrl links "How we use your answer" beside the comment box, opening in a new tab', async ({
  page,
  context,
  server,
  collector,
}) => {
  const privacyPath = server.page('<!doctype html><html lang="en"><title>Privacy</title><h1>Privacy</h1></html>');
  await widgetPage(page, server, { config: journeyConfig(collector, { privacyUrl: privacyPath }) });
  await ask(page, 'checkout');
  await face(page, 4).check();
  await expect(comment(page)).toBeVisible();
  const link = widget(page).getByRole('link', { name: 'How we use your answer' });
  // Resolved against the page when the config was checked: a path can only ever stay on this site.
  await expect(link).toHaveAttribute('href', `${server.url}${privacyPath}`);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  // Part of the comment's description, so it is heard with the comment box.
  await expect(comment(page)).toHaveAccessibleDescription(/How we use your answer/);

  const opened = context.waitForEvent('page');
  await link.click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe(privacyPath);
  // The prompt, with what the shopper started, is still there in the shop's tab.
  await expect(face(page, 4)).toBeChecked();
});

test('without privacyUrl there is no privacy link', async ({ page, server, collector }) => {
  await widgetPage(page, server, { config: journeyConfig(collector) });
  await ask(page, 'checkout');
  await face(page, 4).check();
  await expect(comment(page)).toBeVisible();
  await expect(widget(page).getByRole('link')).toHaveCount(0);
});

test('dataLayer: true pushes feelback.shown and feelback.answered, without the comment', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: journeyConfig(collector, { dataLayer: true }) });
  await page.evaluate(() => window.feelback('step', 'checkout'));
  await answer(page, { rating: 5, emotions: ['delighted'], comment: 'Lovely, call me on 0123 456' });
  await expect(thanks(page)).toBeVisible();
  const layer = () => page.evaluate(() => (window as unknown as { dataLayer?: unknown[] }).dataLayer);
  await poll(layer).toEqual([
    { event: 'feelback.shown', feelback: { step: 'checkout' } },
    {
      event: 'feelback.answered',
      feelback: { id: expect.any(String), step: 'checkout', rating: 5, instrument: 'feeling' },
    },
    { event: 'feelback.delivered', feelback: { ids: [expect.any(String)] } },
  ]);
  expect(JSON.stringify(await layer())).not.toContain('0123');
});

test('without dataLayer: true, window.dataLayer is left alone', async ({ page, server, collector }) => {
  await widgetPage(page, server, { config: journeyConfig(collector) });
  await ask(page, 'checkout');
  await answer(page, { rating: 5 });
  await poll(() => collector.received.length).toBe(1);
  expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
});

test('with Global Privacy Control, dataLayer: true pushes nothing to the page', async ({
  page,
  context,
  server,
  collector,
}) => {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
  });
  await widgetPage(page, server, { config: journeyConfig(collector, { dataLayer: true }) });
  await ask(page, 'checkout');
  await answer(page, { rating: 5 });
  await poll(() => collector.received.length).toBe(1);
  expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
});
