import { expect, poll, test, widgetPage } from './fixtures.ts';
import { anyRequestFor, distPath, failFirstRequestFor, pathsRequested } from './support/dist-files.ts';
import { answer, ask, comment, emotion, face, region, sendButton, status, thanks, widget } from './support/widget.ts';

const PROMPT_FILE = distPath('prompt');
const config = (endpoint: string) => ({ endpoint, site: 'split-shop' });

test('a page where nobody is asked never downloads the prompt UI', async ({ page, server, collector, guard }) => {
  const requested = pathsRequested(page);
  await widgetPage(page, server, {
    // The step is reached, but its rules decide not to ask (debug says so).
    config: { ...config(collector.endpoint), steps: { browse: { sample: 0 } }, debug: true },
    queue: "feelback('step', 'browse');",
  });
  await poll(() => guard.console.map((m) => m.text)).toContainEqual(
    '[feelback] step(browse): no prompt — not sampled (sample 0).',
  );
  await page.waitForLoadState('networkidle');
  expect(requested).toContain('/dist/feelback.js');
  expect(requested).not.toContain(PROMPT_FILE);
  await expect(widget(page)).toHaveCount(0);
});

test('the prompt UI is fetched once, from beside feelback.js, when the first prompt shows', async ({
  page,
  server,
  collector,
}) => {
  const requested = pathsRequested(page);
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await page.waitForLoadState('networkidle');
  expect(requested).not.toContain(PROMPT_FILE);
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await ask(page, 'basket');
  await expect(region(page)).toBeVisible();
  expect(requested.filter((path) => path === PROMPT_FILE)).toHaveLength(1);
});

test('a prompt file that cannot load is reported, and the page sees no error', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  const prompt = anyRequestFor(PROMPT_FILE);
  await page.route(prompt, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await widgetPage(page, server, { config: config(collector.endpoint), events: true });
  await ask(page, 'checkout');
  await poll(() => guard.events('error').map((event) => (event.payload as { code: string }).code)).toEqual([
    'prompt-unavailable',
  ]);
  await expect(widget(page)).toHaveCount(0);
  // The widget keeps working: once the file is back, the next ask shows the prompt.
  await page.unroute(prompt);
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
});

const FOLLOW_UP_FILE = distPath('follow-up');

test('the follow-up’s file is not fetched for a prompt nobody touches; the pointer coming over it fetches it', async ({
  page,
  server,
  collector,
}) => {
  const requested = pathsRequested(page);
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  await expect(status(page)).not.toBeEmpty();
  await page.waitForLoadState('networkidle');
  expect(requested).toContain(PROMPT_FILE);
  expect(requested).not.toContain(FOLLOW_UP_FILE);
  await expect(comment(page)).toHaveCount(0);
  // The shopper reaches for it: the file comes before they choose.
  const fetched = page.waitForRequest(anyRequestFor(FOLLOW_UP_FILE));
  await region(page).hover();
  await fetched;
  await face(page, 4).check();
  await expect(comment(page)).toBeVisible();
  expect(requested.filter((path) => path === FOLLOW_UP_FILE)).toHaveLength(1);
});

test('focus entering the prompt fetches the follow-up’s file: a keyboard shopper gets the words too', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  const fetched = page.waitForRequest(anyRequestFor(FOLLOW_UP_FILE));
  await face(page, 1).focus();
  await fetched;
  await page.keyboard.press('ArrowRight');
  await expect(face(page, 2)).toBeChecked();
  await expect(emotion(page, 'frustrated')).toBeVisible();
  // Arrival took nothing from the keyboard: focus is still on the chosen face.
  await expect(face(page, 2)).toBeFocused();
});

test('after a rating the words and the comment appear, and the whole answer arrives', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await ask(page, 'checkout');
  await answer(page, { rating: 2, emotions: ['confused'], comment: 'The delivery date was not clear' });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]?.data).toMatchObject({
    rating: 2,
    emotions: ['confused'],
    comment: 'The delivery date was not clear',
  });
});

test('a follow-up file that cannot load still lets the shopper send a rating, with no error in the page', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  let refused = 0;
  await page.route(anyRequestFor(FOLLOW_UP_FILE), (route) => {
    refused++;
    return route.abort();
  });
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await ask(page, 'checkout');
  await face(page, 4).check();
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]?.data).toMatchObject({ rating: 4, emotions: [] });
  expect(collector.received[0]?.data).not.toHaveProperty('comment');
  expect(refused).toBeGreaterThan(0);
});

test('a follow-up file that failed once (a network blip) is fetched again at the rating: the words come', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  const refused = await failFirstRequestFor(page, FOLLOW_UP_FILE);
  await widgetPage(page, server, { config: config(collector.endpoint) });
  await ask(page, 'checkout');
  // The pointer coming over the card fetches it, and that fetch fails.
  await region(page).hover();
  await poll(refused).toBe(1);
  await answer(page, { rating: 2, emotions: ['confused'] });
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]?.data).toMatchObject({ rating: 2, emotions: ['confused'] });
});

const SCALE_FILE = distPath('scale');

test('the scales’ file is fetched only for a step that asks on one, once, and its answer arrives', async ({
  page,
  server,
  collector,
}) => {
  const requested = pathsRequested(page);
  await widgetPage(page, server, {
    config: { ...config(collector.endpoint), steps: { returns: { instrument: 'effort' } } },
  });
  await ask(page, 'checkout');
  await expect(face(page, 5)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested).not.toContain(SCALE_FILE);
  await page.keyboard.press('Escape');
  await ask(page, 'returns');
  await expect(face(page, 7)).toBeVisible();
  await expect(widget(page).locator('legend')).toHaveText('It was easy to do what I came here to do.');
  await face(page, 6).check();
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]?.data).toMatchObject({ instrument: 'effort', rating: 6 });
  expect(requested.filter((path) => path === SCALE_FILE)).toHaveLength(1);
});

test('a scales’ file that cannot load is reported like the prompt’s, the page sees no error, and the next ask tries again', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  await page.route(anyRequestFor(SCALE_FILE), (route) => route.fulfill({ status: 404, body: 'missing' }));
  await widgetPage(page, server, {
    config: { ...config(collector.endpoint), steps: { returns: { instrument: 'recommend' } } },
    events: true,
  });
  await ask(page, 'returns');
  await poll(() => guard.events('error').map((event) => (event.payload as { code: string }).code)).toEqual([
    'prompt-unavailable',
  ]);
  await expect(widget(page)).toHaveCount(0);
  // A step on the faces needs no such file.
  await ask(page, 'checkout');
  await expect(face(page, 5)).toBeVisible();
  await page.keyboard.press('Escape');
  // Once the file is back, the next ask on the scale fetches it again (a failed import is not kept).
  await page.unroute(anyRequestFor(SCALE_FILE));
  await ask(page, 'returns');
  await expect(face(page, 10)).toBeVisible();
});

const OPTIONAL_FILE = distPath('optional');

test('a config that sets no texts, help or contact question never fetches their checks’ file', async ({
  page,
  server,
  collector,
}) => {
  const requested = pathsRequested(page);
  await widgetPage(page, server, {
    config: { ...config(collector.endpoint), steps: { checkout: { instrument: 'feeling', comment: false } } },
  });
  await ask(page, 'checkout');
  await face(page, 1).check();
  await sendButton(page).click();
  await expect(thanks(page)).toBeVisible();
  // Delivered: every file the answer needed has been fetched by now.
  await poll(() => collector.received.length).toBe(1);
  expect(requested).toContain(distPath('delivery'));
  expect(requested).not.toContain(OPTIONAL_FILE);
});

test('a config with help fetches their checks’ file once, at init: a mistake is warned about before any prompt, and a low answer gets the help', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const requested = pathsRequested(page);
  await widgetPage(page, server, {
    config: {
      ...config(collector.endpoint),
      recovery: { link: '/help', colour: 'red' },
      steps: { browse: { sample: 0 } },
    },
  });
  // A step loads the widget; this one is never asked (sample 0): the warning comes without a prompt.
  await page.evaluate(() => window.feelback('step', 'browse'));
  await poll(() => guard.warnings('[feelback] config.recovery.colour')).toHaveLength(1);
  await expect(widget(page)).toHaveCount(0);
  await ask(page, 'checkout');
  await face(page, 1).check();
  await sendButton(page).click();
  await expect(widget(page).getByRole('link', { name: 'Get help' })).toBeVisible();
  expect(requested.filter((path) => path === OPTIONAL_FILE)).toHaveLength(1);
});
