import type { Page } from '@playwright/test';
import type { Collector, ReceivedEvent } from '../../demo/collector.js';
import { enHelp } from '../../src/i18n/en-help.ts';
import de from '../../src/i18n/locales/de.ts';
import he from '../../src/i18n/locales/he.ts';
import { HOLD_MS } from '../../src/queue/queue.ts';
import { PATTERNS } from '../../src/shared/patterns.ts';
import { answerBatchSchema } from '../../src/wire/answer-event.ts';
import { expect, poll, snippetHtml, test, widgetPage } from './fixtures.ts';
import { runAxe } from './support/axe.ts';
import { distPath, failFirstRequestFor, localePath, pathsRequested } from './support/dist-files.ts';
import { tabTo } from './support/journey.ts';
import {
  ask,
  closeButton,
  comment,
  face,
  flush,
  readOutbox,
  region,
  sendButton,
  thanks,
  widget,
} from './support/widget.ts';

/** Help in the moment, contact on consent, partial answers, and the recommend scale, in Chromium. */

type Event = ReceivedEvent & { type: string; subject: string; data: Record<string, unknown> };

const site = (collector: Collector, extra: object = {}) => ({
  endpoint: collector.endpoint,
  site: 'shop-e2e',
  ...extra,
});
const received = (collector: Collector) => collector.received as Event[];
const answers = (collector: Collector) => received(collector).filter((event) => event.type === 'feelback.answer.v1');
const recoveries = (collector: Collector) =>
  received(collector).filter((event) => event.type === 'feelback.recovery.v1');
/** Every request body the collector was sent, as text. */
const bodies = (collector: Collector) => collector.requests.map((request) => request.body).join('\n');

const helpText = (page: Page) => widget(page).getByText(enHelp.helpThanks).and(widget(page).locator('p'));
const consentBox = (page: Page) => widget(page).getByRole('checkbox', { name: enHelp.helpContact });
const emailField = (page: Page) => widget(page).getByRole('textbox', { name: enHelp.helpEmail });

test('a low answer gets the help, whose link opens apart and is counted: a recovery event about the answer', async ({
  page,
  server,
  collector,
}) => {
  const help = server.page('<!doctype html><title>Help</title><h1>We can help</h1>');
  await widgetPage(page, server, { config: site(collector, { recovery: { link: help } }) });
  await ask(page, 'checkout');
  await face(page, 1).check();
  await sendButton(page).click();
  await expect(helpText(page)).toBeVisible();
  const link = widget(page).getByRole('link', { name: 'Get help' });
  await expect(link).toHaveAttribute('rel', 'noopener');
  const [opened] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(opened.getByRole('heading', { name: 'We can help' })).toBeVisible();
  // The shopper's own page stays where it was, the help card with it.
  await expect(helpText(page)).toBeVisible();
  await poll(() => recoveries(collector).length).toBe(1);
  const [answer] = answers(collector);
  expect(answer?.data).toMatchObject({ step: 'checkout', rating: 1 });
  expect(recoveries(collector)[0]).toMatchObject({
    subject: answer?.id,
    data: { step: 'checkout', action: 'link' },
  });
  expect(recoveries(collector)[0]?.id).not.toBe(answer?.id);
});

test('the site’s own help (event): its listener hears it, the card hands over, and the endpoint counts it', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: site(collector, { steps: { checkout: { recovery: { event: true, label: 'Chat with Sam' } } } }),
    events: true,
  });
  await ask(page, 'checkout');
  await face(page, 2).check();
  await sendButton(page).click();
  await widget(page).getByRole('button', { name: 'Chat with Sam' }).click();
  await expect(widget(page)).toHaveCount(0);
  const [answered] = guard.events('answered');
  expect(guard.events('recovery').map((event) => event.payload)).toEqual([
    { id: expect.any(String), answerId: answered?.payload.id, step: 'checkout' },
  ]);
  await poll(() => recoveries(collector).length).toBe(1);
  expect(recoveries(collector)[0]).toMatchObject({ subject: answered?.payload.id, data: { action: 'event' } });
});

test('a phone number is a tel: link', async ({ page, server, collector }) => {
  await widgetPage(page, server, { config: site(collector, { recovery: { phone: '+44 (0)20 7946 0000' } }) });
  await ask(page, 'checkout');
  await face(page, 1).check();
  await sendButton(page).click();
  const call = widget(page).getByRole('link', { name: 'Call us: +44 (0)20 7946 0000' });
  await expect(call).toHaveAttribute('href', 'tel:+442079460000');
});

test('in German, the help’s texts come in their own file, fetched only once a low answer needs them', async ({
  page,
  server,
  collector,
}) => {
  const fetched = pathsRequested(page);
  const config = site(collector, { recovery: { link: '/help' }, contact: true });
  const html = snippetHtml({ config }).replace('<html lang="en">', '<html lang="de">');
  await page.goto(`${server.url}${server.page(html)}`);
  await ask(page, 'checkout');
  await face(page, 4).check();
  await expect(widget(page).getByRole('button', { name: de.send })).toBeVisible();
  expect(fetched).not.toContain(localePath('de-help'));
  await face(page, 1).check();
  await widget(page).getByRole('checkbox', { name: de.helpContact }).check();
  await expect(widget(page).getByText(de.helpEmailHint).first()).toBeVisible();
  await widget(page).getByRole('checkbox', { name: de.helpContact }).uncheck();
  await widget(page).getByRole('button', { name: de.send }).click();
  await expect(widget(page).getByText(de.helpThanks).and(widget(page).locator('p'))).toBeVisible();
  await expect(widget(page).getByRole('link', { name: de.helpLink })).toBeVisible();
  expect(fetched.filter((path) => path === localePath('de-help') || path === distPath('help'))).toHaveLength(2);
});

test('a help file that failed once (a network blip) is fetched again at the next low choice: the help comes', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  const refused = await failFirstRequestFor(page, distPath('help'));
  await widgetPage(page, server, { config: site(collector, { recovery: { link: '/help' } }) });
  await ask(page, 'checkout');
  await face(page, 1).check();
  await poll(refused).toBe(1);
  await face(page, 2).check();
  await sendButton(page).click();
  await expect(widget(page).getByRole('link', { name: enHelp.helpLink })).toBeVisible();
});

test('a high answer shows no help: the plain thanks, and no help file fetched', async ({ page, server, collector }) => {
  const fetched = pathsRequested(page);
  await widgetPage(page, server, { config: site(collector, { recovery: { link: '/help' }, contact: true }) });
  await ask(page, 'checkout');
  await face(page, 4).check();
  await expect(consentBox(page)).toHaveCount(0);
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  await expect(widget(page).getByRole('link')).toHaveCount(0);
  expect(fetched).not.toContain(distPath('help'));
});

test('the contact checkbox is a 24 × 24 px target', async ({ page, server, collector }) => {
  await widgetPage(page, server, { config: site(collector, { contact: true }) });
  await ask(page, 'checkout');
  await face(page, 2).check();
  const box = await consentBox(page).boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
});

test('contact unticked: the answer carries no address, even one typed and then unticked', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: site(collector, { contact: true }) });
  await ask(page, 'checkout');
  await face(page, 2).check();
  await expect(consentBox(page)).not.toBeChecked();
  await expect(emailField(page)).toHaveCount(0);
  await consentBox(page).check();
  await emailField(page).fill('sam@example.com');
  await consentBox(page).uncheck();
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  await poll(() => answers(collector).length).toBe(1);
  expect(answers(collector)[0]?.data).not.toHaveProperty('contact');
  expect(bodies(collector)).not.toContain('sam@example.com');
});

test('a wrong address sent from the keyboard: the focus ring is on the field alone, not on its error', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: site(collector, { contact: true }) });
  await ask(page, 'checkout');
  await face(page, 1).check();
  await consentBox(page).check();
  await emailField(page).fill('bob@');
  await emailField(page).press('Enter');
  await expect(emailField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(emailField(page)).toBeFocused();
  await expect(emailField(page)).toHaveCSS('outline-style', 'solid');
  const error = widget(page).locator('#fb-e');
  await expect(error).toHaveText(enHelp.helpEmailInvalid);
  await expect(error).toHaveCSS('outline-style', 'none');
});

test('contact ticked: the address goes once, in that answer only, with the consent', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: site(collector, { contact: true, recovery: { event: true } }) });
  await ask(page, 'checkout');
  await face(page, 1).check();
  await consentBox(page).check();
  await expect(emailField(page)).toHaveValue('');
  await expect(emailField(page)).toHaveAttribute('type', 'email');
  await expect(emailField(page)).toHaveAttribute('autocomplete', 'email');
  await expect(emailField(page)).toHaveAccessibleDescription(enHelp.helpEmailHint);
  // Send with no address says what is wrong, on the field, and sends nothing.
  await sendButton(page).click();
  await expect(emailField(page)).toBeFocused();
  await expect(emailField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(emailField(page)).toHaveAccessibleDescription(`${enHelp.helpEmailHint} ${enHelp.helpEmailInvalid}`);
  await emailField(page).fill('sam@example.com');
  await comment(page).fill('The card was refused');
  await sendButton(page).click();
  await widget(page).getByRole('button', { name: 'Chat with us' }).click();
  await poll(() => received(collector).length).toBe(2);
  await flush(page);
  expect(answers(collector)).toHaveLength(1);
  expect(answers(collector)[0]?.data).toMatchObject({ contact: { email: 'sam@example.com', consent: true } });
  expect(recoveries(collector)[0]?.data).not.toHaveProperty('contact');
  expect(bodies(collector).split('sam@example.com')).toHaveLength(2);
});

test('a face chosen and the card closed arrives as exactly one partial answer', async ({ page, server, collector }) => {
  await widgetPage(page, server, { config: site(collector) });
  await ask(page, 'checkout');
  await face(page, 2).check();
  await widget(page).locator('input[name="emotions"][value="confused"]').check();
  await comment(page).fill('never sent: the comment was not');
  await closeButton(page).click();
  await poll(() => received(collector).length).toBe(1);
  await flush(page);
  expect(received(collector)).toHaveLength(1);
  expect(received(collector)[0]?.data).toMatchObject({ rating: 2, emotions: ['confused'], partial: true });
  expect(bodies(collector)).not.toContain('never sent');
  expect(collector.duplicates).toBe(0);
});

test('a face chosen and the page left before delivery could come: the next page sends the partial answer', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  await page.clock.install();
  await page.route('**/feelback-delivery.*', (route) => route.abort());
  await widgetPage(page, server, { config: site(collector) });
  await ask(page, 'checkout');
  await face(page, 4).check();
  await poll(async () => (await readOutbox(page)).length).toBe(1);
  await page.unroute('**/feelback-delivery.*');
  // The next page of the shop finds it still held by a page that no longer renews its hold.
  await widgetPage(page, server, { config: site(collector) });
  await page.clock.runFor(HOLD_MS);
  await poll(() => received(collector).length).toBe(1);
  await flush(page);
  expect(received(collector)).toHaveLength(1);
  expect(received(collector)[0]?.data).toMatchObject({ rating: 4, partial: true });
});

test('a face chosen and the page left once delivery is here: the partial answer goes with the page', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: site(collector) });
  await ask(page, 'checkout');
  // Delivery is fetched once a face is chosen (watched from before, as it may come at once).
  const delivery = page.waitForResponse((response) => response.url().includes('/feelback-delivery.'));
  await face(page, 4).check();
  await delivery;
  await page.goto(`${server.url}${server.page('<!doctype html><title>Next</title><p>Next page')}`);
  await poll(() => received(collector).length).toBe(1);
  expect(received(collector)[0]?.data).toMatchObject({ rating: 4, partial: true });
});

test('partial: false sends nothing for a card closed after a choice', async ({ page, server, collector }) => {
  await widgetPage(page, server, { config: site(collector, { partial: false }) });
  await ask(page, 'checkout');
  await face(page, 2).check();
  await closeButton(page).click();
  await flush(page);
  expect(collector.requests).toEqual([]);
});

test('a Send after the partial answer was delivered is a new event that names it; one answer counted', async ({
  page,
  server,
  collector,
}) => {
  await page.clock.install();
  await widgetPage(page, server, { config: site(collector, { etiquette: { minimizeAfterMs: 5_000 } }) });
  await ask(page, 'checkout');
  await face(page, 2).check();
  // Away from the card (focus and pointer), left alone: it shrinks to its bar, and the partial answer goes.
  await page.mouse.click(5, 5);
  await page.clock.runFor(5_000);
  await poll(() => received(collector).length).toBe(1);
  const [partial] = received(collector);
  expect(partial?.data).toMatchObject({ rating: 2, partial: true });
  await widget(page).getByRole('button', { expanded: false }).click();
  await comment(page).fill('Found the delivery options');
  await sendButton(page).click();
  await poll(() => received(collector).length).toBe(2);
  const full = received(collector).find((event) => event.id !== partial?.id);
  expect(full?.data).toMatchObject({ rating: 2, replaces: partial?.id, comment: 'Found the delivery options' });
  expect(full?.data).not.toHaveProperty('partial');
  // The collector's insights count one answer, not two.
  const { totals } = (await (await fetch(`${collector.url}/insights/data`)).json()) as { totals: { answers: number } };
  expect(totals.answers).toBe(1);
});

test('a Send while the partial answer is still queued (offline) delivers only the full answer', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, { config: site(collector) });
  await ask(page, 'checkout');
  await expect(face(page, 1)).toBeVisible();
  // The shopper reaches for the card (the comment box's file comes), then the connection drops.
  const followUp = page.waitForEvent('requestfinished', (request) => request.url().includes(distPath('follow-up')));
  await region(page).hover();
  await followUp;
  await context.setOffline(true);
  // Delivery is fetched once a face is chosen: offline, it cannot be.
  guard.allowFailedRequests(server.url);
  await face(page, 1).check();
  // The partial answer is on the device, held while the card is open.
  await poll(async () => (await readOutbox(page)).map((entry) => entry.value.event.data.partial)).toEqual([true]);
  await comment(page).fill('Could not pay');
  await sendButton(page).click();
  await expect(thanks(page, /saved — we’ll send it/)).toBeVisible();
  // Replaced in the same transaction: only the full answer waits.
  expect((await readOutbox(page)).map((entry) => entry.value.event.data.partial)).toEqual([undefined]);
  await context.setOffline(false);
  await poll(() => received(collector).length).toBe(1);
  await flush(page);
  expect(await readOutbox(page)).toEqual([]);
  expect(received(collector)).toHaveLength(1);
  expect(received(collector)[0]?.data).toMatchObject({ rating: 1, comment: 'Could not pay' });
  expect(received(collector)[0]?.data).not.toHaveProperty('partial');
  // It names its partial answer, which never went.
  expect(received(collector)[0]?.data).toMatchObject({ replaces: expect.stringMatching(PATTERNS.uuid) });
  for (const request of collector.requests) {
    const batch = answerBatchSchema.parse(JSON.parse(request.body));
    expect(batch.every((event) => !('partial' in event.data))).toBe(true);
  }
});

const RECOMMEND = { steps: { account: { instrument: 'recommend' } } };
const points = (page: Page) =>
  widget(page)
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => [radio.getAttribute('aria-label'), radio.getBoundingClientRect()]));

test('recommend: eleven points 0–10 in one group, by keyboard alone; 0 is sent like any other', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: site(collector, RECOMMEND) });
  await page.locator('#search').focus();
  await ask(page, 'account');
  const group = widget(page).getByRole('group', {
    name: 'How likely are you to recommend us to a friend or colleague?',
  });
  await expect(group).toBeVisible();
  await expect(group.getByRole('radio')).toHaveCount(11);
  await tabTo(page, widget(page).getByRole('radio', { name: '0 – Not at all likely' }));
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(widget(page).getByRole('radio', { name: '10 – Extremely likely' })).toBeChecked();
  // Moving with the arrows chose, but never sent.
  expect(answers(collector)).toEqual([]);
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(widget(page).getByRole('radio', { name: '0 – Not at all likely' })).toBeChecked();
  await tabTo(page, sendButton(page));
  await page.keyboard.press('Enter');
  await expect(thanks(page)).toBeVisible();
  await poll(() => answers(collector).length).toBe(1);
  expect(answers(collector)[0]?.data).toMatchObject({ instrument: 'recommend', scale: { min: 0, max: 10 }, rating: 0 });
});

test('recommend in Hebrew: right to left, the left arrow moves up the scale; its texts fetched only for it', async ({
  page,
  server,
  collector,
}) => {
  const fetched = pathsRequested(page);
  const html = snippetHtml({ config: site(collector, RECOMMEND) }).replace('<html lang="en">', '<html lang="he">');
  await page.goto(`${server.url}${server.page(html)}`);
  await ask(page, 'account');
  const group = widget(page).getByRole('group', { name: he.recommendQuestion });
  await expect(group).toBeVisible();
  await expect(widget(page)).toHaveAttribute('dir', 'rtl');
  await group.getByRole('radio').first().focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(widget(page).getByRole('radio', { name: '3', exact: true })).toBeChecked();
  const xs = (await points(page)).map(([, box]) => (box as DOMRect).x);
  expect(xs[3]).toBeLessThan(xs[0] as number);
  expect(fetched).toEqual(expect.arrayContaining([localePath('he'), localePath('he-recommend')]));
  expect(fetched).not.toContain(localePath('he-help'));
});

test('recommend at 320 px: two rows, every point a target of at least 24 × 24 px, no axe violation', async ({
  page,
  server,
  collector,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await widgetPage(page, server, { config: site(collector, RECOMMEND) });
  await ask(page, 'account');
  await expect(widget(page).getByRole('radio')).toHaveCount(11);
  const boxes = (await points(page)).map(([, box]) => box as DOMRect);
  for (const box of boxes) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(2);
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const { violations, summary } = await runAxe(page);
  expect(violations, summary).toEqual([]);
});

for (const width of [1280, 320]) {
  test(`at ${width} px, axe finds no WCAG 2.2 AA violation on the contact field or the help card`, async ({
    page,
    server,
    collector,
  }) => {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
    await widgetPage(page, server, {
      config: site(collector, { contact: true, recovery: { link: '/help' }, privacyUrl: '/privacy' }),
    });
    await ask(page, 'checkout');
    await face(page, 1).check();
    await consentBox(page).check();
    await sendButton(page).click();
    await expect(emailField(page)).toHaveAttribute('aria-invalid', 'true');
    let report = await runAxe(page);
    expect(report.violations, report.summary).toEqual([]);
    await emailField(page).fill('sam@example.com');
    await sendButton(page).click();
    await expect(helpText(page)).toBeVisible();
    report = await runAxe(page);
    expect(report.violations, report.summary).toEqual([]);
  });
}
