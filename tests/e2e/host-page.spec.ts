import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Collector } from '../../demo/collector.js';
import { expect, poll, test, widgetPage } from './fixtures.ts';
import {
  answer,
  ask,
  closeButton,
  comment,
  face,
  flush,
  region,
  sendButton,
  thanks,
  widget,
} from './support/widget.ts';

const HOSTILE_CSS = `<style>
  * { font-family: "Comic Sans MS" !important; color: lime !important; line-height: 3 !important; box-sizing: content-box !important }
  button { background: red !important; border: 5px dashed !important }
  input, textarea { display: none !important }
  fieldset, form, section { all: unset !important }
</style>`;

const config = (collector: Collector, extra: Record<string, unknown> = {}) => ({
  endpoint: collector.endpoint,
  site: 'shop-e2e',
  ...extra,
});

/** What the shopper sees of the widget, read from computed styles and layout. */
async function widgetLook(page: Page) {
  const send = await sendButton(page).evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      background: style.backgroundColor,
      fontFamily: style.fontFamily,
      color: style.color,
      border: style.borderStyle,
      lineHeight: style.lineHeight,
    };
  });
  const textarea = await comment(page).evaluate((el) => getComputedStyle(el).display);
  const box = await region(page).boundingBox();
  return { send, textarea, width: box?.width, height: box?.height };
}

test('hostile host CSS, even !important, does not change the widget', async ({ page, context, server, collector }) => {
  const looks = [];
  for (const [name, before] of [
    ['plain', ''],
    ['hostile', HOSTILE_CSS],
  ] as const) {
    const tab = name === 'plain' ? page : await context.newPage();
    await widgetPage(tab, server, { config: config(collector), before });
    await ask(tab, 'checkout');
    for (let rating = 1; rating <= 5; rating++) {
      await expect(face(tab, rating)).toBeVisible();
    }
    // A real click on the face (not a synthetic check) must select it.
    await face(tab, 4).click();
    await expect(face(tab, 4)).toBeChecked();
    await expect(comment(tab)).toBeVisible();
    await region(tab).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    looks.push(await widgetLook(tab));
    await tab.screenshot({ path: join(test.info().project.outputDir, 'screenshots', `host-page-${name}.png`) });
  }
  const [plain, hostile] = looks;
  expect(plain?.send.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(plain?.textarea).not.toBe('none');
  expect(hostile).toEqual(plain);
});

/** Installs, before the snippet, a probe that remembers the page as it was and compares on request. */
const PROBE = `<script>
(() => {
  const names = () => Object.getOwnPropertyNames(window);
  const styleOf = (el) => { const s = getComputedStyle(el); return Array.from(s, (p) => p + ':' + s.getPropertyValue(p)).join(';'); };
  const attrs = (el) => Array.from(el.attributes, (a) => a.name + '=' + a.value).join(' ');
  const snapshot = () => ({
    arrayProto: Object.getOwnPropertyNames(Array.prototype).join(),
    objectProto: Object.getOwnPropertyNames(Object.prototype).join(),
    stringProto: Object.getOwnPropertyNames(String.prototype).join(),
    html: attrs(document.documentElement) + ' | ' + styleOf(document.documentElement),
    body: attrs(document.body) + ' | ' + styleOf(document.body),
    main: styleOf(document.querySelector('main')),
    head: document.head.innerHTML,
    sheets: document.styleSheets.length + '/' + document.adoptedStyleSheets.length,
  });
  const before = new Set(names());
  const natives = { stringify: JSON.stringify, parse: JSON.parse, fetch: window.fetch, then: Promise.prototype.then,
    addEventListener: EventTarget.prototype.addEventListener, attachShadow: Element.prototype.attachShadow,
    define: customElements.define, pushState: history.pushState, warn: console.warn };
  // Taken now, before the snippet: the loader is async and may run before DOMContentLoaded.
  const initial = snapshot();
  document.addEventListener('e2e-probe', (event) => {
    const now = snapshot();
    event.detail.addedGlobals = names().filter((name) => !before.has(name));
    event.detail.replacedNatives = Object.keys(natives).filter((key) => {
      const current = { stringify: JSON.stringify, parse: JSON.parse, fetch: window.fetch, then: Promise.prototype.then,
        addEventListener: EventTarget.prototype.addEventListener, attachShadow: Element.prototype.attachShadow,
        define: customElements.define, pushState: history.pushState, warn: console.warn }[key];
      return current !== natives[key];
    });
    event.detail.changed = Object.keys(now).filter((key) => now[key] !== initial[key]);
  });
})();
</script>`;

interface Probe {
  addedGlobals: string[];
  replacedNatives: string[];
  changed: string[];
}
const probe = (page: Page): Promise<Probe> =>
  page.evaluate(() => {
    const detail = {} as Probe;
    document.dispatchEvent(new CustomEvent('e2e-probe', { detail }));
    return detail;
  });

test('the widget adds no global but `feelback` and leaves the host’s natives and styles alone', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, { config: config(collector), before: PROBE });
  const clean = { addedGlobals: ['feelback'], replacedNatives: [], changed: [] };
  expect(await probe(page)).toEqual(clean);
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  expect(await probe(page)).toEqual(clean);
  await answer(page, { rating: 5, comment: 'ok' });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expect(await probe(page)).toEqual(clean);
});

test('a page where nobody answered keeps no answers; a dismissal stores only the etiquette memory', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await page.clock.install();
  await widgetPage(page, server, { config: config(collector), events: true });
  await ask(page, 'checkout');
  await closeButton(page).click();
  await poll(() => guard.events('dismissed')).toHaveLength(1);
  // Past the moment (a second after it starts) the widget looks for answers left earlier; the
  // flush runs after that look, and makes one more.
  await page.clock.runFor(1_000);
  await flush(page);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  // Closing the prompt is the shopper's own input: it starts the quiet period, nothing else.
  expect(names).toEqual(['feelback-journey']);
  expect(collector.requests).toEqual([]);
});

const INVALID_CONFIGS: Array<[field: string, make: (collector: Collector) => unknown]> = [
  ['config.endpoint', () => ({ endpoint: 'javascript:alert(1)', site: 'shop-e2e' })],
  ['config.site', (collector) => ({ endpoint: collector.endpoint })],
  ['config.delivery.batchSize', (collector) => config(collector, { delivery: { batchSize: 0 } })],
];
for (const [field, make] of INVALID_CONFIGS) {
  test(`an invalid ${field} gives one warning naming it, and nothing is shown or sent`, async ({
    page,
    server,
    collector,
    guard,
  }) => {
    await page.clock.install();
    // The config is checked once the widget has something to do: here, a flush.
    await widgetPage(page, server, { config: make(collector), queue: "feelback('flush');" });
    await poll(() => guard.warnings('[feelback]').length).toBeGreaterThan(0);
    // Past the deferred send a started widget would make a second after load, and one more flush.
    await page.clock.runFor(1_000);
    await flush(page);
    const warnings = guard.warnings('[feelback]');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^\\[feelback\\] ${field.replace(/\./g, '\\.')}\\b`));
    expect(guard.warnings()).toEqual(warnings);
    await expect(widget(page)).toHaveCount(0);
    expect(collector.requests).toEqual([]);
    expect(collector.preflights).toBe(0);
  });
}

test('an unknown command is a warning, not an exception', async ({ page, server, collector, guard }) => {
  await widgetPage(page, server, { config: config(collector), queue: "feelback('explode', 1);" });
  await poll(() => guard.warnings('[feelback]')).toHaveLength(1);
  const result = await page.evaluate(() => {
    try {
      return { returned: window.feelback('selfDestruct'), threw: false };
    } catch {
      return { returned: undefined, threw: true };
    }
  });
  expect(result.threw).toBe(false);
  await poll(() => guard.warnings('[feelback]')).toHaveLength(2);
  expect(guard.warnings('[feelback]')[0]).toContain('explode');
  expect(guard.warnings('[feelback]')[1]).toContain('selfDestruct');
  // The widget still works.
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
});

test('calls queued before the script loads replay in order', async ({ page, server, collector, guard }) => {
  const log = (label: string) => `function (e) { console.info('e2e:${label}:' + e.step) }`;
  await widgetPage(page, server, {
    config: config(collector),
    queue: `window.e2eEarly = ${log('early')}; feelback('on', 'shown', window.e2eEarly); feelback('ask', 'welcome'); feelback('on', 'shown', ${log('late')});`,
  });
  await expect(region(page)).toBeVisible();
  const shown = () => guard.console.map((m) => m.text).filter((text) => text.startsWith('e2e:'));
  // `shown` fires once the prompt is on screen, after its UI file loaded: by then both are listening.
  await poll(shown).toEqual(['e2e:early:welcome', 'e2e:late:welcome']);
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  await page.evaluate(() => window.feelback('off', 'shown', window.e2eEarly));
  await ask(page, 'again');
  await poll(shown).toEqual(['e2e:early:welcome', 'e2e:late:welcome', 'e2e:late:again']);
});

test('the data-attribute form starts the widget by itself', async ({ page, server, collector }) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><main><h1>Shop</h1></main>
<script async src="/dist/feelback.js" data-endpoint="${collector.endpoint}" data-site="attr-shop"></script></body></html>`;
  await page.goto(server.url + server.page(html));
  await ask(page, 'x');
  await expect(region(page)).toBeVisible();
  await answer(page, { rating: 3 });
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ source: 'attr-shop', subject: 'x', data: { step: 'x', rating: 3 } });
});

test('ask with a step name containing spaces warns and shows nothing', async ({ page, server, collector, guard }) => {
  await widgetPage(page, server, { config: config(collector) });
  await ask(page, 'check out');
  await poll(() => guard.warnings('[feelback]')).toHaveLength(1);
  expect(guard.warnings('[feelback]')[0]).toContain('check out');
  await expect(widget(page)).toHaveCount(0);
});

test('markup in a question is shown as text, never as elements', async ({ page, server, collector, guard }) => {
  const markup = '<img src=x onerror="console.error(1)"><b>Bold?</b>';
  await widgetPage(page, server, { config: config(collector, { question: markup }) });
  await ask(page, 'checkout');
  await expect(widget(page).getByRole('form', { name: markup })).toBeVisible();
  await expect(widget(page).locator('img, b')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await ask(page, 'checkout', { question: '<i>Per ask</i>' });
  await expect(widget(page).getByRole('form', { name: '<i>Per ask</i>' })).toBeVisible();
  await expect(widget(page).locator('i')).toHaveCount(0);
  expect(guard.problems).toEqual([]);
});

test('a prompt moves nothing on a page whose body is a column flexbox (sticky footer by space-between, gap)', async ({
  page,
  server,
  collector,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await widgetPage(page, server, {
    config: { endpoint: collector.endpoint, site: 'shop-e2e' },
    before: `<style>
      html, body { margin: 0 }
      body { display: flex; flex-direction: column; justify-content: space-between; gap: 40px; min-height: 100vh }
    </style><footer id="footer">© Shop</footer>`,
  });
  const layout = () =>
    page.evaluate(() => ({
      footerTop: document.querySelector('#footer')?.getBoundingClientRect().top,
      scrollHeight: document.documentElement.scrollHeight,
    }));
  const before = await layout();
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  // An in-flow <feelback-widget> would be a third flex item: the footer would jump up by the gap and more.
  expect(await layout()).toEqual(before);
});
