import { expect, poll, test, widgetPage } from './fixtures.ts';
import { anyRequestFor, distPath } from './support/dist-files.ts';
import { ask, region, widget } from './support/widget.ts';

const PROMPT_FILE = distPath('prompt');
const config = (endpoint: string) => ({ endpoint, site: 'split-shop' });

test('a page where nobody is asked never downloads the prompt UI', async ({ page, server, collector, guard }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
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
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
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
