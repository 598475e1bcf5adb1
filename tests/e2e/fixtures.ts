import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { type Collector, startCollector } from '../../demo/collector.js';
import { type StaticServer, startStatic } from '../../demo/static-server.js';

export { expect };

/**
 * `expect.poll` that looks often: what it polls is local (the collector's records, the page's
 * storage), so the default back-off to one-second intervals would only add waiting.
 */
export const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number; message?: string } = {}) =>
  expect.poll(fn, { intervals: [50, 100], ...options });

/**
 * Samples `read` for `ms` milliseconds of real time: every sample must equal `expected`. Between
 * samples it lets this process run: the collector lives here, and a read that is not a page's
 * would otherwise never let it record a request.
 */
export async function staysFor<T>(ms: number, read: () => T | Promise<T>, expected: T): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((done) => setTimeout(done, 20))) {
    expect((await read()) as unknown).toEqual(expected);
  }
}

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface ConsoleEntry {
  type: string;
  text: string;
  /** Where the message came from: the script, or the resource that failed to load. */
  url: string;
}

export interface WidgetEvent {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are plain JSON read back from the page
  payload: any;
}

/** Watches every page of the test's context for errors; the test fails if any happened. */
export interface Guard {
  /** Every console message of every page, in order. */
  console: ConsoleEntry[];
  /** Uncaught exceptions, unhandled rejections and console errors seen so far. */
  problems: string[];
  /** Console warnings, optionally only those that start with `prefix`. */
  warnings(prefix?: string): string[];
  /** Whether the test read the warnings: one that never did must have caused none of ours. */
  lookedAtWarnings(): boolean;
  /** Widget events recorded by pages made with `widgetPage(…, { events: true })`. */
  events(name?: string): WidgetEvent[];
  /** The browser's own "Failed to load resource" errors for this origin are expected. */
  allowFailedRequests(origin: string): void;
  /** Console errors matching `pattern` are the scenario: kept in `expected`, not in `problems`. */
  expectConsoleErrors(pattern: RegExp): void;
  /** Console errors that matched an `expectConsoleErrors` pattern. */
  expected: string[];
}

const EVENT_MARK = '[e2e-event] ';

/** Reports uncaught errors, unhandled rejections and CSP violations through the console (no global needed). */
export const GUARD_INIT_SCRIPT = `(() => {
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) console.error('[e2e-guard] window error: ' + event.message + ' at ' + event.filename + ':' + event.lineno);
  });
  addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    console.error('[e2e-guard] unhandled rejection: ' + String((reason && reason.stack) || reason));
  });
  addEventListener('securitypolicyviolation', (event) => {
    console.error('[e2e-guard] CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI);
  });
})();`;

export function createGuard(context: BrowserContext): Guard {
  const allowed: string[] = [];
  const patterns: RegExp[] = [];
  let looked = false;
  const guard: Guard = {
    console: [],
    problems: [],
    expected: [],
    warnings: (prefix = '') => {
      looked = true;
      return guard.console.filter((m) => m.type === 'warning' && m.text.startsWith(prefix)).map((m) => m.text);
    },
    lookedAtWarnings: () => looked,
    events: (name) =>
      guard.console
        .filter((m) => m.text.startsWith(EVENT_MARK))
        .map((m) => JSON.parse(m.text.slice(EVENT_MARK.length)) as WidgetEvent)
        .filter((event) => name === undefined || event.name === name),
    allowFailedRequests: (origin) => void allowed.push(origin),
    expectConsoleErrors: (pattern) => void patterns.push(pattern),
  };
  const watch = (page: Page) => {
    page.on('pageerror', (error) => guard.problems.push(`pageerror on ${page.url()}: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      const entry = { type: message.type(), text: message.text(), url: message.location().url };
      guard.console.push(entry);
      if (entry.type !== 'error') return;
      const expectedFailure =
        entry.text.startsWith('Failed to load resource') && allowed.some((origin) => entry.url.startsWith(origin));
      if (expectedFailure) return;
      const problem = `console.error on ${page.url()}: ${entry.text} (${entry.url})`;
      (patterns.some((pattern) => pattern.test(entry.text)) ? guard.expected : guard.problems).push(problem);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return guard;
}

export interface WidgetPageOptions {
  /** Passed to `feelback('init', …)` in the snippet, as JSON. */
  config: unknown;
  /** HTML before the snippet, inside <body> (styles, markup). */
  before?: string;
  /** HTML after the loader <script>. */
  after?: string;
  /** More statements inside the snippet's inline script, after `init` (calls queued before load). */
  queue?: string;
  /** Response headers for the page, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Put on both <script> elements, for pages with a nonce-based CSP. */
  nonce?: string;
  /** Appended to the page's URL, e.g. `?secret=1#x`. */
  suffix?: string;
  /** Record every widget event in `guard.events()`. */
  events?: boolean;
}

/** JSON that is safe inside an inline <script>. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The shop page with the snippet exactly as sites paste it. */
export function snippetHtml(options: WidgetPageOptions): string {
  const nonce = options.nonce ? ` nonce="${options.nonce}"` : '';
  const events = options.events
    ? `\n  ['shown', 'answered', 'dismissed', 'recovery', 'delivered', 'error'].forEach(function (name) {
    feelback('on', name, function (payload) { console.info(${JSON.stringify(EVENT_MARK)} + JSON.stringify({ name: name, payload: payload })); });
  });`
    : '';
  const queue = options.queue ? `\n  ${options.queue}` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Shop</title></head>
<body><main><h1>Shop</h1><button id="buy">Buy</button><input id="search" aria-label="Search"></main>
${options.before ?? ''}
<script${nonce}>
  window.feelback = typeof feelback === 'function' ? feelback : function () { (feelback.q = feelback.q || []).push(arguments) };
  feelback('init', ${scriptJson(options.config)});${events}${queue}
</script>
<script async src="/dist/feelback.js"${nonce}></script>${options.after ?? ''}</body></html>`;
}

/** Registers a shop page with the snippet and opens it (after `load`, so the widget has started). */
export async function widgetPage(
  page: Page,
  server: StaticServer,
  options: WidgetPageOptions,
): Promise<{ path: string; url: string }> {
  const path = server.page(snippetHtml(options), { headers: options.headers ?? {} });
  const url = `${server.url}${path}${options.suffix ?? ''}`;
  await page.goto(url);
  return { path, url };
}

/**
 * The collector as the tests use it: it records every POST, and takes answers from the test
 * shop's origin, under both its host names, and from sandboxed iframes (`Origin: null`).
 */
export const collectorOptions = (shop: string) => ({
  record: true,
  allowedOrigins: [shop, shop.replace('127.0.0.1', 'localhost'), 'null'],
});

export const test = base.extend<{ collector: Collector; guard: Guard }, { server: StaticServer }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      if (!existsSync(`${DIST}feelback.js`)) throw new Error('dist/feelback.js is missing: run `npm run build` first.');
      const server = await startStatic({ roots: [{ prefix: '/dist/', dir: DIST }] });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  collector: async ({ server }, use) => {
    const collector = await startCollector(collectorOptions(server.url));
    await use(collector);
    await collector.close();
  },
  guard: [
    async ({ context }, use) => {
      await context.addInitScript({ content: GUARD_INIT_SCRIPT });
      const guard = createGuard(context);
      await use(guard);
      expect(guard.problems, 'errors in the page (uncaught, unhandled or console.error)').toEqual([]);
      // A warning of ours in a test that did not look for one is a surprise: report it.
      if (!guard.lookedAtWarnings()) {
        expect(guard.warnings('[feelback]'), 'warnings of the widget this test did not expect').toEqual([]);
      }
    },
    { auto: true },
  ],
});
