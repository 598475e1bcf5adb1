import type { Page } from '@playwright/test';
import type { Collector } from '../../demo/collector.js';
import { expect, poll, test, widgetPage } from './fixtures.ts';
import { runAxe } from './support/axe.ts';
import { scalePoint, tabTo } from './support/journey.ts';
import { ask, comment, emotion, region, sendButton, thanks, widget } from './support/widget.ts';

/** Each instrument's scale, its payload at the collector, its keyboard use and its accessibility. */
const STEPS = {
  checkout: { instrument: 'feeling' },
  returns: { instrument: 'effort' },
  support: { instrument: 'satisfaction' },
};
const config = (collector: Collector) => ({ endpoint: collector.endpoint, site: 'shop-e2e', steps: STEPS });

/** Each point's name: the number it shows, then its words. */
const named = (labels: string[]) => labels.map((label, n) => `${n + 1} – ${label}`);
const EFFORT = named([
  'Strongly disagree',
  'Disagree',
  'Somewhat disagree',
  'Neither agree nor disagree',
  'Somewhat agree',
  'Agree',
  'Strongly agree',
]);
const SATISFACTION = named([
  'Very dissatisfied',
  'Dissatisfied',
  'Neither satisfied nor dissatisfied',
  'Satisfied',
  'Very satisfied',
]);

const radioNames = (page: Page) =>
  widget(page)
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => radio.getAttribute('aria-label')));

async function collected(collector: Collector) {
  await poll(() => collector.received.length).toBe(1);
  return collector.received[0]?.data;
}

test('feeling: five faces; the answer carries instrument feeling and scale 1–5', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: config(collector) });
  await page.evaluate(() => window.feelback('step', 'checkout'));
  await expect(widget(page).getByRole('form', { name: 'How did this make you feel?' })).toBeVisible();
  await expect(widget(page).getByRole('radio')).toHaveCount(5);
  await scalePoint(page, 'Happy').check();
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  expect(await collected(collector)).toMatchObject({
    step: 'checkout',
    instrument: 'feeling',
    scale: { min: 1, max: 5 },
    rating: 4,
  });
});

test('effort: a 7-point agree scale under its own statement; the answer carries instrument effort and scale 1–7', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: config(collector) });
  await page.evaluate(() => window.feelback('step', 'returns'));
  await expect(widget(page).getByRole('group', { name: 'It was easy to do what I came here to do.' })).toBeVisible();
  expect(await radioNames(page)).toEqual(EFFORT);
  await scalePoint(page, '7 – Strongly agree').check();
  await emotion(page, 'relieved').check();
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  expect(await collected(collector)).toMatchObject({
    step: 'returns',
    instrument: 'effort',
    scale: { min: 1, max: 7 },
    rating: 7,
    emotions: ['relieved'],
  });
});

test('effort: answered with the keyboard alone (Tab in, arrows move, Send with Enter)', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: config(collector) });
  await page.evaluate(() => window.feelback('step', 'returns'));
  await expect(region(page)).toBeVisible();
  await page.locator('#search').focus();
  await tabTo(page, scalePoint(page, '1 – Strongly disagree'));
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(scalePoint(page, '6 – Agree')).toBeChecked();
  await expect(scalePoint(page, '6 – Agree')).toBeFocused();
  // Moving with the arrows chose, but never sent.
  expect(collector.requests).toEqual([]);
  await page.keyboard.press('ArrowLeft');
  await expect(scalePoint(page, '5 – Somewhat agree')).toBeChecked();
  await tabTo(page, sendButton(page));
  await page.keyboard.press('Enter');
  await expect(thanks(page)).toBeVisible();
  expect(await collected(collector)).toMatchObject({ instrument: 'effort', scale: { min: 1, max: 7 }, rating: 5 });
});

test('satisfaction: five named points; the answer carries instrument satisfaction and scale 1–5', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: config(collector) });
  await page.evaluate(() => window.feelback('step', 'support'));
  await expect(widget(page).getByRole('group', { name: 'How satisfied are you with this step?' })).toBeVisible();
  expect(await radioNames(page)).toEqual(SATISFACTION);
  await scalePoint(page, '2 – Dissatisfied').check();
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  expect(await collected(collector)).toMatchObject({
    step: 'support',
    instrument: 'satisfaction',
    scale: { min: 1, max: 5 },
    rating: 2,
  });
});

const legend = (page: Page) => widget(page).locator('legend').first();

test('a step question wins over the instrument’s default', async ({ page, server, collector }) => {
  await widgetPage(page, server, {
    config: { ...config(collector), steps: { returns: { instrument: 'effort', question: 'Returning was easy.' } } },
  });
  await ask(page, 'returns');
  await expect(widget(page).getByRole('group', { name: 'Returning was easy.' })).toBeVisible();
  await expect(legend(page)).toHaveText('Returning was easy.');
  expect(await radioNames(page)).toEqual(EFFORT);
});

test('a per-call question wins over the step’s and the instrument’s', async ({ page, server, collector }) => {
  await widgetPage(page, server, {
    config: { ...config(collector), steps: { returns: { instrument: 'effort', question: 'Returning was easy.' } } },
  });
  await ask(page, 'returns', { question: 'Sending the parcel back was easy.' });
  await expect(widget(page).getByRole('group', { name: 'Sending the parcel back was easy.' })).toBeVisible();
  await expect(legend(page)).toHaveText('Sending the parcel back was easy.');
  expect(await radioNames(page)).toEqual(EFFORT);
});

/** Waits until the prompt's entrance animation has finished, so colours are final. */
async function settled(page: Page): Promise<void> {
  await expect(region(page)).toBeVisible();
  await region(page).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

const SCALES = { effort: ['returns', '3 – Somewhat disagree'], satisfaction: ['support', '2 – Dissatisfied'] } as const;

for (const width of [1280, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 800 } });

    for (const [instrument, [step, low]] of Object.entries(SCALES)) {
      test(`axe finds no WCAG 2.2 AA violations on the ${instrument} scale, prompt state`, async ({
        page,
        server,
        collector,
      }) => {
        await widgetPage(page, server, { config: config(collector) });
        await ask(page, step);
        await settled(page);
        const { violations, summary } = await runAxe(page);
        expect(violations, summary).toEqual([]);
      });

      test(`axe finds no WCAG 2.2 AA violations on the ${instrument} scale, follow-up state`, async ({
        page,
        server,
        collector,
      }) => {
        await widgetPage(page, server, { config: { ...config(collector), privacyUrl: '/privacy' } });
        await ask(page, step);
        await settled(page);
        await scalePoint(page, low).check();
        await emotion(page, 'confused').check();
        await comment(page).fill('The label was hard to print');
        await expect(widget(page).getByRole('link', { name: 'How we use your answer' })).toBeVisible();
        const { violations, summary } = await runAxe(page);
        expect(violations, summary).toEqual([]);
      });
    }
  });
}
