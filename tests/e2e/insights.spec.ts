/**
 * The insights page in real Chromium, against the real collector holding a fixed set of answers
 * (counted by hand: tests/node/support/known-answers.mjs): its counts, filters, axe, 320 px; and
 * that a page of another origin can link to it but neither read the answers nor post them.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startStatic } from '../../demo/static-server.js';
import { KNOWN_EVENTS, postKnownEvents, uuid } from '../node/support/known-answers.mjs';
import { expect, test } from './fixtures.ts';
import { runAxe } from './support/axe.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** The text of each row of a table, cells joined by " | ". */
const rows = (page: Page, id: string) =>
  page
    .locator(`#${id} tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (cell) => cell.textContent).join(' | ')),
    );

test.beforeEach(async ({ collector }) => {
  await postKnownEvents(collector.endpoint);
});

test('the insights page shows the counts computed for the known answers, and filters them', async ({
  page,
  collector,
}) => {
  await page.goto(`${collector.url}/`);
  const status = page.getByRole('status');
  await expect(status).toHaveText('29 answers (1 partial), 10 negative, 3 recoveries taken.');
  expect(await rows(page, 'faces')).toEqual([
    'checkout | 7 | 2 | 1 | 1 | 2 | 1 | 42.9% | 1',
    'order_confirmed | 3 | 1 | 0 | 0 | 1 | 1 | 33.3% | 0',
  ]);
  expect(await rows(page, 'nps')).toEqual(['checkout | 10 | 5 | 2 | 3 | 20']);
  expect(await rows(page, 'effort')).toEqual(['returns | 5 | 4.2 | 60% | 40%']);
  expect(await rows(page, 'satisfaction')).toEqual(['support_closed | 4 | 3.5 | 50% | 25%']);
  expect(await rows(page, 'recoveries')).toEqual([
    'checkout | 6 | 2 | 2 | 1 | 0 | 33.3%',
    'order_confirmed | 1 | 1 | 0 | 0 | 1 | 100%',
    'returns | 2 | 0 | 0 | 0 | 0 | 0%',
    'support_closed | 1 | 0 | 0 | 0 | 0 | 0%',
  ]);
  expect((await rows(page, 'latest')).at(-1)).toBe(
    '2026-12-01 10:01 UTC | checkout | 1 (feeling) | frustrated | Coupon refused twice. | ana@example.com',
  );
  // Three charts, each an SVG with its own title and text alternative.
  await expect(page.locator('figure > svg[aria-label]')).toHaveCount(3);
  await expect(page.locator('#faces-chart figure > svg')).toHaveAttribute(
    'aria-label',
    /checkout: 7 answers, 42\.9% negative/,
  );
  await expect(page.locator('#nps-chart figure > svg')).toHaveAttribute('aria-label', /checkout: NPS 20 from 10/);

  await page.getByLabel('Step', { exact: true }).selectOption('checkout');
  await page.getByLabel('Language', { exact: true }).selectOption('de');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(status).toHaveText('2 answers (1 partial), 2 negative, 1 recovery taken.');
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
    'href',
    '/export.csv?step=checkout&lang=de',
  );
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toBe('answers.csv');
});

test('the filters apply when Apply is pressed, never by the refresh; a reversed date range is told at the fields', async ({
  page,
  collector,
}) => {
  await page.clock.install();
  await page.goto(`${collector.url}/`);
  const status = page.getByRole('status');
  const all = '29 answers (1 partial), 10 negative, 3 recoveries taken.';
  await expect(status).toHaveText(all);
  const csv = page.getByRole('link', { name: 'Export CSV' });
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  const apply = page.getByRole('button', { name: 'Apply' });
  /** Runs the page's clock to its next refresh; resolves with the query that refresh asked for. */
  const nextRefresh = async () => {
    const refreshed = page.waitForResponse(/\/insights\/data/);
    await page.clock.runFor(5_000);
    return new URL((await refreshed).url()).search;
  };

  // Chosen, not applied: the refresh keeps to the filters applied.
  await page.getByLabel('Step', { exact: true }).selectOption('checkout');
  expect(await nextRefresh()).toBe('');
  await expect(status).toHaveText(all);
  await expect(csv).toHaveAttribute('href', '/export.csv');

  // From after To: said at the fields; the numbers and the export stay those of the filters applied.
  await from.fill('2026-12-03');
  await to.fill('2026-12-01');
  await apply.click();
  await expect(page.getByRole('alert')).toHaveText('From must not be after To: change one of them, then Apply.');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  expect(await nextRefresh()).toBe('');
  await expect(status).toHaveText(all);
  await expect(csv).toHaveAttribute('href', '/export.csv');

  await to.fill('2026-12-03');
  await apply.click();
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(from).not.toHaveAttribute('aria-invalid');
  await expect(status).toHaveText('5 answers (1 partial), 2 negative, 0 recoveries taken.');
  await expect(csv).toHaveAttribute('href', '/export.csv?step=checkout&from=2026-12-03&to=2026-12-03');
});

test('a site to choose appears once answers come from two sites', async ({ page, collector }) => {
  await page.clock.install();
  await page.goto(`${collector.url}/`);
  await expect(page.getByRole('status')).toHaveText('29 answers (1 partial), 10 negative, 3 recoveries taken.');
  const site = page.getByLabel('Site', { exact: true });
  await expect(site).toBeHidden();
  const outlet = { ...KNOWN_EVENTS[0], id: uuid(99), source: 'outlet-shop' };
  const posted = await fetch(collector.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/cloudevents-batch+json' },
    body: JSON.stringify([outlet]),
  });
  expect(posted.status).toBe(200);
  await page.clock.runFor(5_000);
  await site.selectOption('outlet-shop');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toHaveText('1 answer (0 partial), 1 negative, 0 recoveries taken.');
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
    'href',
    '/export.csv?source=outlet-shop',
  );
});

test.describe('axe and 320 px', () => {
  // axe-core is injected as an inline script, which the page's own CSP (script-src 'self') refuses.
  test.use({ bypassCSP: true });

  test('the insights page has no axe violations, and at 320 px no sideways scroll', async ({ page, collector }) => {
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(`${collector.url}/`);
    await expect(page.locator('figure > svg')).toHaveCount(3);
    const wide = await runAxe(page);
    expect(wide.violations, wide.summary).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}insights.png`, clip: { x: 0, y: 0, width: 1000, height: 1400 } });

    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    await expect(page.locator('figure > svg')).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const narrow = await runAxe(page);
    expect(narrow.violations, narrow.summary).toEqual([]);
  });
});

test('a page of another origin can link to the insights, but neither read the answers nor post them', async ({
  page,
  collector,
  guard,
}) => {
  const other = await startStatic({});
  try {
    guard.allowFailedRequests(collector.url);
    guard.expectConsoleErrors(/has been blocked by CORS policy/);
    const html = `<!doctype html><title>Elsewhere</title><a href="${collector.url}/">Answers received</a>`;
    await page.goto(`${other.url}${other.page(html)}`);
    const outcome = await page.evaluate(async (base) => {
      const attempt = (url: string, init?: RequestInit) =>
        fetch(url, init).then(
          (response) => `read ${response.status}`,
          () => 'blocked',
        );
      const body = JSON.stringify([{ specversion: '1.0' }]);
      return {
        answers: await attempt(`${base}/answers`),
        insights: await attempt(`${base}/insights/data`),
        csv: await attempt(`${base}/export.csv`),
        post: await attempt(`${base}/answers`, { method: 'POST', body, headers: { 'Content-Type': 'text/plain' } }),
      };
    }, collector.url);
    expect(outcome).toEqual({ answers: 'blocked', insights: 'blocked', csv: 'blocked', post: 'blocked' });
    expect(collector.received).toHaveLength(34);
    expect(collector.requests.at(-1)?.status).toBe(403);
    // As the demo shop links to its collector, on another port of the same host: a same-site link.
    await page.getByRole('link', { name: 'Answers received' }).click();
    await expect(page.getByRole('status')).toHaveText('29 answers (1 partial), 10 negative, 3 recoveries taken.');
  } finally {
    await other.close();
  }
});
