import type { Page } from '@playwright/test';
import type { Collector } from '../../demo/collector.js';
import { expect, poll, test, widgetPage } from './fixtures.ts';
import { DAY_MS, decision, dontAskButton, expectNoPrompt, readEtiquette, tabTo } from './support/journey.ts';
import { answer, closeButton, region, thanks, widget } from './support/widget.ts';

/** Journey etiquette across steps, pages and reloads, with `debug: true` saying what was decided. */
const journeyConfig = (collector: Collector, extra: Record<string, unknown> = {}) => ({
  endpoint: collector.endpoint,
  site: 'shop-e2e',
  debug: true,
  ...extra,
});

/**
 * Calls `step` and returns once the widget waits for a pause in typing: it requests the prompt
 * file just before it starts that wait (on the paused clock), and the file is then imported here
 * too, so a prompt that stays away is kept away by the wait, not by a slow download.
 */
async function stepUntilWaiting(page: Page, name: string): Promise<void> {
  const requested = page.waitForRequest(/\/feelback-prompt\.[\w-]+\.js$/);
  await page.evaluate((n) => window.feelback('step', n), name);
  const url = (await requested).url();
  await page.evaluate((u) => import(u).then(() => undefined), url);
}

test('step() prompts once per page; a second step() on the same page does not', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, { config: journeyConfig(collector), events: true });
  expect(await decision(page, guard, 'step', 'basket')).toBe('prompt shown.');
  await expect(region(page)).toBeVisible();
  await closeButton(page).click();
  await expect(widget(page)).toHaveCount(0);
  await expectNoPrompt(page, guard, 'step', 'checkout', '1 prompt(s) already shown on this page');
  expect(guard.events('shown').map((e) => e.payload)).toEqual([{ step: 'basket' }]);
});

test('answered, then reloaded: step() stays quiet within the cooldown, and prompts after it', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const start = new Date('2026-11-22T10:00:00Z');
  await page.clock.install({ time: start });
  await widgetPage(page, server, { config: journeyConfig(collector) });
  expect(await decision(page, guard, 'step', 'basket')).toBe('prompt shown.');
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => readEtiquette(page)).toMatchObject({ steps: { basket: expect.any(Number) } });

  await page.reload();
  await expectNoPrompt(page, guard, 'step', 'checkout', 'a prompt was answered or dismissed less than 14 days ago');

  await page.clock.setSystemTime(start.getTime() + 14 * DAY_MS + 60_000);
  await page.reload();
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await expect(region(page)).toBeVisible();
});

test('with etiquette.cooldownDays: 0 another step prompts on the next page at once', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, { config: journeyConfig(collector, { etiquette: { cooldownDays: 0 } }) });
  expect(await decision(page, guard, 'step', 'basket')).toBe('prompt shown.');
  await answer(page, { rating: 5 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => readEtiquette(page)).toMatchObject({ steps: { basket: expect.any(Number) } });

  await page.reload();
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await expect(region(page)).toBeVisible();
});

test('the same step is not asked again within its reask window; other steps are', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const start = new Date('2026-11-22T10:00:00Z');
  await page.clock.install({ time: start });
  const config = journeyConfig(collector, {
    etiquette: { cooldownDays: 0 },
    steps: { checkout: { reaskAfterDays: 2 } },
  });
  await widgetPage(page, server, { config });
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await closeButton(page).click();
  await poll(() => readEtiquette(page)).toMatchObject({ steps: { checkout: expect.any(Number) } });

  await page.clock.setSystemTime(start.getTime() + DAY_MS);
  await page.reload();
  await expectNoPrompt(page, guard, 'step', 'checkout', 'this step was asked less than 2 days ago');
  await page.reload();
  expect(await decision(page, guard, 'step', 'returns')).toBe('prompt shown.');
  await closeButton(page).click();

  await page.clock.setSystemTime(start.getTime() + 2 * DAY_MS + 60_000);
  await page.reload();
  // `returns` was dismissed a day later than checkout and keeps the 90-day default.
  await expectNoPrompt(page, guard, 'step', 'returns', 'this step was asked less than 90 days ago');
  await page.reload();
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
});

test('"Don’t ask me again", reached with the keyboard, holds across a reload for step() and ask()', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, { config: journeyConfig(collector), events: true });
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await expect(region(page)).toBeVisible();
  await page.locator('#search').focus();
  await tabTo(page, dontAskButton(page));
  await page.keyboard.press('Enter');
  await expect(widget(page)).toHaveCount(0);
  await poll(() => guard.events('dismissed').map((e) => e.payload)).toEqual([{ step: 'checkout', reason: 'dont-ask' }]);
  await poll(() => readEtiquette(page)).toMatchObject({ optOut: true });

  await page.reload();
  await expectNoPrompt(page, guard, 'step', 'returns', 'the shopper chose "don’t ask me again"');
  await expectNoPrompt(page, guard, 'ask', 'returns', 'the shopper chose "don’t ask me again"');
});

test('typing in a field of the page delays the prompt until a pause', async ({ page, server, collector, guard }) => {
  // A paused clock makes "a pause in typing" exact: time moves only when the test says so.
  const start = new Date('2026-11-22T10:00:00Z');
  await page.clock.install({ time: start });
  await widgetPage(page, server, {
    config: journeyConfig(collector, { etiquette: { typingPauseMs: 800, idleCloseMs: 0 } }),
    events: true,
  });
  // The widget is running before the clock stops, so `step` starts deciding at once.
  await page.evaluate(() => window.feelback('flush'));
  await page.clock.pauseAt(start.getTime() + 10_000);
  await page.locator('#search').click();
  await page.keyboard.type('red');
  await stepUntilWaiting(page, 'basket');
  await page.clock.runFor(500);
  await page.keyboard.type(' shoes');
  // 800 ms after the first burst, but only 300 ms after the last key: still waiting.
  await page.clock.runFor(300);
  await expect(widget(page)).toHaveCount(0);
  // 1 ms short of 800 ms after the last key.
  await page.clock.runFor(499);
  await expect(widget(page)).toHaveCount(0);
  expect(guard.events('shown')).toEqual([]);
  // 800 ms after the last key: the widget is on the page, and its card comes in a task of its
  // own, a zero-delay timer (1 ms on the paused clock).
  await page.clock.runFor(1);
  await expect(widget(page)).toHaveCount(1);
  await page.clock.runFor(1);
  await expect(region(page)).toBeVisible();
  await expect(page.locator('#search')).toHaveValue('red shoes');
  await expect(page.locator('#search')).toBeFocused();
  expect(guard.events('shown')).toHaveLength(1);
});

test('keys that write nothing (arrows, Tab, Home) in a field of the page do not delay the prompt', async ({
  page,
  server,
  collector,
}) => {
  const start = new Date('2026-11-22T10:00:00Z');
  await page.clock.install({ time: start });
  await widgetPage(page, server, { config: journeyConfig(collector, { etiquette: { typingPauseMs: 800 } }) });
  await page.evaluate(() => window.feelback('flush'));
  await page.clock.pauseAt(start.getTime() + 10_000);
  await page.locator('#search').click();
  for (const key of ['ArrowLeft', 'Home', 'Shift+ArrowRight']) await page.keyboard.press(key);
  await stepUntilWaiting(page, 'basket');
  // 1 ms for the step's own timer (delayMs 0), far from the 800 ms a key that wrote would cost.
  await page.clock.runFor(1);
  await expect(region(page)).toBeVisible();
});

test('typing that never pauses gives up the prompt', async ({ page, server, collector, guard }) => {
  const start = new Date('2026-11-22T10:00:00Z');
  await page.clock.install({ time: start });
  await widgetPage(page, server, {
    config: journeyConfig(collector, { etiquette: { typingPauseMs: 2000 } }),
  });
  await page.evaluate(() => window.feelback('flush'));
  await page.clock.pauseAt(start.getTime() + 10_000);
  await page.locator('#search').click();
  await page.keyboard.type('a');
  await stepUntilWaiting(page, 'basket');
  // Half a minute of steady typing, a key every second: the 30 s the widget waits for a pause.
  for (let second = 0; second < 31; second++) {
    await page.clock.runFor(1_000);
    await page.keyboard.type('a');
  }
  await expect
    .poll(() => guard.console.filter((m) => m.type === 'info').map((m) => m.text))
    .toContain('[feelback] step(basket): no prompt — the shopper kept typing.');
  await expect(widget(page)).toHaveCount(0);
});

test('a prompt nobody touches closes after idleCloseMs as dismissed (idle), and is not remembered', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: journeyConfig(collector, { etiquette: { idleCloseMs: 1500 } }),
    events: true,
  });
  const shownAt = Date.now();
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await poll(() => guard.events('dismissed').map((e) => e.payload)).toEqual([{ step: 'checkout', reason: 'idle' }]);
  expect(Date.now() - shownAt).toBeGreaterThanOrEqual(1500);
  await expect(widget(page)).toHaveCount(0);
  expect(await readEtiquette(page)).toBeUndefined();

  await page.reload();
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await poll(() => guard.events('shown')).toHaveLength(2);
});

test('after Send with the mouse, focus is left alone and the thanks closes by itself once the pointer moved off', async ({
  page,
  server,
  collector,
}) => {
  await page.clock.install();
  await widgetPage(page, server, { config: journeyConfig(collector) });
  await page.evaluate(() => window.feelback('ask', 'checkout'));
  // Playwright clicks like a mouse, and Chromium focuses a button it clicks.
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
  // Its 6 s (exact to the millisecond in tests/unit/ui/prompt-session.test.ts), not counted
  // while the pointer rests on it (tests/e2e/in-the-way.spec.ts).
  await page.mouse.move(5, 5);
  await page.clock.runFor(6_000);
  await expect(widget(page)).toHaveCount(0);
});

test('a new ask() replaces a prompt that is saying thanks, which then never closes the new one', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await page.clock.install();
  await widgetPage(page, server, { config: journeyConfig(collector, { etiquette: { idleCloseMs: 0 } }) });
  await page.evaluate(() => window.feelback('ask', 'basket'));
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  await page.evaluate(() => window.feelback('ask', 'checkout', { question: 'How was checkout?' }));
  await expect(region(page)).toContainText('How was checkout?');
  await expect(widget(page)).toHaveCount(1);
  await expect(thanks(page)).toHaveCount(0);
  // Past the first card's 6 s of thanks: the new prompt stays.
  await page.clock.runFor(10_000);
  await expect(region(page)).toContainText('How was checkout?');
  expect(guard.events('dismissed')).toEqual([]);
});

test('debug: true logs why a step was skipped', async ({ page, server, collector, guard }) => {
  await widgetPage(page, server, {
    config: journeyConfig(collector, { steps: { basket: { sample: 0 } } }),
  });
  await page.evaluate(() => window.feelback('step', 'basket'));
  await expect
    .poll(() => guard.console.filter((m) => m.type === 'info').map((m) => m.text))
    .toContain('[feelback] step(basket): no prompt — not sampled (sample 0).');
  await expect(widget(page)).toHaveCount(0);
});

test('sample 1.5 gives one warning naming config.steps.<step>.sample, and the step still prompts', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await widgetPage(page, server, {
    config: journeyConfig(collector, { steps: { checkout: { sample: 1.5, question: 'How was checkout?' } } }),
  });
  expect(await decision(page, guard, 'step', 'checkout')).toBe('prompt shown.');
  await expect(widget(page).getByRole('form', { name: 'How was checkout?' })).toBeVisible();
  await poll(() => guard.warnings('[feelback]')).toEqual([
    '[feelback] config.steps.checkout.sample: expected a number from 0 to 1; the default applies.',
  ]);
});

test('an unknown step name prompts with the defaults', async ({ page, server, collector, guard }) => {
  await widgetPage(page, server, {
    config: journeyConfig(collector, { steps: { checkout: { instrument: 'effort' } } }),
  });
  expect(await decision(page, guard, 'step', 'gift-wrap')).toBe('prompt shown.');
  await expect(widget(page).getByRole('radio')).toHaveCount(5);
  expect(guard.warnings('[feelback]')).toEqual([]);
});
