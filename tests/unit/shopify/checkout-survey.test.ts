import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Collector, startCollector } from '../../../demo/collector.js';
import { Survey, type SurveyApi } from '../../../integrations/shopify/checkout-extension/src/Survey.tsx';
import { answerBatchSchema } from '../../../src/wire/answer-event.ts';
import { uuid } from '../support/fixtures.ts';

// The checkout UI extension's survey, rendered with Preact as Shopify renders it (Shopify's
// `s-*` elements are plain elements here), answering to the real collector.

/** The extension's own texts (vitest runs from the repository's root). */
const texts = (language: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'integrations/shopify/checkout-extension/locales', language), 'utf8'));

/** The extension API's parts the survey reads, as Shopify hands them over (signals with `.value`). */
function shopifyApi(settings: Record<string, unknown>, isoCode = 'de', language = 'de.json'): SurveyApi {
  const messages = texts(language);
  return {
    settings: { value: settings },
    localization: { language: { value: { isoCode } } },
    i18n: {
      translate: (key) =>
        key.split('.').reduce((at: Record<string, unknown>, part) => at?.[part] as never, messages) as never,
    },
  };
}

let collector: Collector;
let root: HTMLElement;
beforeAll(async () => {
  // The extension posts from an origin of its own, which the endpoint must allow (CORS).
  collector = await startCollector({ allowedOrigins: [location.origin], record: true });
});
afterAll(() => collector.close());
afterEach(() => {
  render(null, root);
  root.remove();
  collector.reset();
});

async function show(api: SurveyApi, step = 'order_confirmed') {
  root = document.body.appendChild(document.createElement('div'));
  let ids = 0;
  const sender = { fetch: globalThis.fetch, uuid: () => uuid(++ids), now: () => Date.UTC(2026, 11, 6, 12) };
  await act(() => render(h(Survey, { step, api, sender }), root));
}

const button = (name: string) =>
  [...root.querySelectorAll('s-button')].find((element) => element.textContent === name) as HTMLElement;

async function click(name: string) {
  await act(() => button(name).click());
}

/** Waits for what an answer's round trip to the collector changes. */
async function until(done: () => boolean) {
  for (let turn = 0; turn < 100 && !done(); turn++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

describe('the checkout extension survey', () => {
  it("asks the question in the buyer's language, and posts the widget's CloudEvent once", async () => {
    await show(shopifyApi({ endpoint: collector.endpoint, site: 'acme-shop', privacy_url: 'https://acme.example/p' }));
    expect(root.querySelector('s-heading')?.textContent).toBe('Wie haben Sie sich bei der Bestellung gefühlt?');
    expect(root.querySelector('s-text-area')).toBeNull();
    await click('Zufrieden');
    const area = root.querySelector('s-text-area') as HTMLElement & { value: string };
    expect(root.querySelector('s-link')?.getAttribute('href')).toBe('https://acme.example/p');
    area.value = '  Schnell und einfach.  ';
    await act(() => {
      area.dispatchEvent(new Event('input'));
    });
    await click('Senden');
    await until(() => !!root.querySelector('s-banner'));
    expect(root.querySelector('s-banner')?.textContent).toBe('Vielen Dank! Ihre Antwort hilft uns, besser zu werden.');
    expect(collector.received).toHaveLength(1);
    const [event] = answerBatchSchema.parse(collector.received);
    expect(event).toMatchObject({
      id: uuid(1),
      source: 'acme-shop',
      subject: 'order_confirmed',
      time: '2026-12-06T12:00:00.000Z',
      data: {
        step: 'order_confirmed',
        instrument: 'feeling',
        rating: 4,
        comment: 'Schnell und einfach.',
        locale: 'de',
      },
    });
    expect(collector.requests[0]?.contentType).toBe('application/cloudevents-batch+json');
  });

  it('says the answer could not be sent when the endpoint refuses it, and sends again on a second try', async () => {
    collector.queueModes([{ status: 500 }]);
    await show(
      shopifyApi({ endpoint: collector.endpoint, site: 'acme-shop' }, 'en', 'en.default.json'),
      'order_status',
    );
    await click('Very happy');
    await click('Send');
    await until(() => !!root.querySelector('s-banner'));
    expect(root.querySelector('s-banner')?.getAttribute('tone')).toBe('critical');
    await click('Send');
    await until(() => root.querySelector('s-banner')?.getAttribute('tone') === 'success');
    expect(collector.received).toMatchObject([{ data: { step: 'order_status', rating: 5, locale: 'en' } }]);
    // The same answer sent again is the same event: had the first arrived, the endpoint keeps one.
    expect(
      collector.requests.map((request) => (JSON.parse(String(request.body)) as Array<{ id: string }>)[0]?.id),
    ).toEqual([uuid(1), uuid(1)]);
  });

  it('never follows a redirect: an endpoint that moved is a failure, not a thanks', async () => {
    const calls: RequestInit[] = [];
    const redirected = Object.assign(new Response(null, { status: 200 }), { redirected: true });
    const fetch = async (_url: unknown, init?: RequestInit) => {
      calls.push(init ?? {});
      return redirected;
    };
    root = document.body.appendChild(document.createElement('div'));
    const sender = { fetch: fetch as typeof globalThis.fetch, uuid: () => uuid(1), now: () => 0 };
    const api = shopifyApi({ endpoint: 'https://collect.example/answers', site: 'acme-shop' }, 'en', 'en.default.json');
    await act(() => render(h(Survey, { step: 'order_status', api, sender }), root));
    await click('Very happy');
    await click('Send');
    await until(() => !!root.querySelector('s-banner'));
    expect(root.querySelector('s-banner')?.getAttribute('tone')).toBe('critical');
    expect(calls[0]).toMatchObject({ redirect: 'manual', credentials: 'omit' });
    expect(calls[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ['no endpoint', { site: 'acme-shop' }],
    ['an http endpoint of another machine', { endpoint: 'http://collect.example/answers', site: 'acme-shop' }],
    ['no site', { endpoint: 'https://collect.example/answers' }],
    ['a site of 101 characters', { endpoint: 'https://collect.example/answers', site: 'x'.repeat(101) }],
  ])('shows nothing with %s', async (_name, settings) => {
    await show(shopifyApi(settings));
    expect(root.innerHTML).toBe('');
  });
});
