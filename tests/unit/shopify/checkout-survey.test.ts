import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { renderSurvey, Survey } from '../../../integrations/shopify/checkout-extension/src/Survey.tsx';
import { idempotencyKey } from '../../../src/shared/idempotency-key.ts';
import { answerBatchSchema } from '../../../src/wire/answer-event.ts';
import { uuid } from '../support/fixtures.ts';
import { click, collectorForThisFile, ORDER, sentIds, shopifyApi, show, until } from './checkout-fixture.ts';

const collector = collectorForThisFile();

describe('the checkout extension survey', () => {
  it("asks the question in the buyer's language, and posts the widget's CloudEvent once", async () => {
    const root = await show(
      shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop', privacy_url: 'https://acme.example/p' }),
    );
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
    expect(collector().received).toHaveLength(1);
    const [event] = answerBatchSchema.parse(collector().received);
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
    // The order is what the survey remembers by, never part of the answer.
    expect(JSON.stringify(collector().received)).not.toContain('1001');
    expect(collector().requests[0]?.contentType).toBe('application/cloudevents-batch+json');
  });

  it("carries the widget's Idempotency-Key: the same on a second try of the same answer", async () => {
    collector().queueModes([{ status: 500 }]);
    const root = await show(shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' }));
    await click('Sehr zufrieden');
    await click('Senden');
    await until(() => !!root.querySelector('s-banner'));
    await click('Senden');
    await until(() => root.querySelector('s-banner')?.getAttribute('tone') === 'success');
    expect(collector().requests.map((request) => request.headers['idempotency-key'])).toEqual([
      idempotencyKey([uuid(1)]),
      idempotencyKey([uuid(1)]),
    ]);
  });

  it('leaves the locale out under Global Privacy Control, as the widget does', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const api = shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' });
      // Through the targets' own entry: the privacy signal is read where the extension runs.
      await act(() => renderSurvey('order_confirmed', api, () => ORDER));
      await until(() => !!document.querySelector('s-heading'));
      await click('Zufrieden');
      await click('Senden');
      await until(() => !!document.querySelector('s-banner'));
      const [event] = answerBatchSchema.parse(collector().received);
      expect(event?.data).toMatchObject({ step: 'order_confirmed', rating: 4 });
      expect(event?.data).not.toHaveProperty('locale');
    } finally {
      render(null, document.body);
      Reflect.deleteProperty(navigator, 'globalPrivacyControl');
    }
  });

  it('says the answer could not be sent when the endpoint refuses it, and sends again on a second try', async () => {
    collector().queueModes([{ status: 500 }]);
    const root = await show(
      shopifyApi({ endpoint: collector().endpoint, site: 'acme-shop' }, { isoCode: 'en', language: 'en.default.json' }),
      { step: 'order_status' },
    );
    await click('Very happy');
    await click('Send');
    await until(() => !!root.querySelector('s-banner'));
    expect(root.querySelector('s-banner')?.getAttribute('tone')).toBe('critical');
    await click('Send');
    await until(() => root.querySelector('s-banner')?.getAttribute('tone') === 'success');
    expect(collector().received).toMatchObject([{ data: { step: 'order_status', rating: 5, locale: 'en' } }]);
    // The same answer sent again is the same event: had the first arrived, the endpoint keeps one.
    expect(sentIds(collector())).toEqual([uuid(1), uuid(1)]);
  });

  it('never follows a redirect nor sends a Referer: an endpoint that moved is a failure, not a thanks', async () => {
    const calls: RequestInit[] = [];
    const redirected = Object.assign(new Response(null, { status: 200 }), { redirected: true });
    const fetch = async (_url: unknown, init?: RequestInit) => {
      calls.push(init ?? {});
      return redirected;
    };
    const root = document.body.appendChild(document.createElement('div'));
    const sender = {
      fetch: fetch as typeof globalThis.fetch,
      uuid: () => uuid(1),
      now: () => 0,
      globalPrivacyControl: () => false,
    };
    const api = shopifyApi(
      { endpoint: 'https://collect.example/answers', site: 'acme-shop' },
      { isoCode: 'en', language: 'en.default.json' },
    );
    await act(() => render(h(Survey, { step: 'order_status', api, sender, orderId: () => ORDER }), root));
    await until(() => !!root.querySelector('s-heading'));
    await click('Very happy');
    await click('Send');
    await until(() => !!root.querySelector('s-banner'));
    expect(root.querySelector('s-banner')?.getAttribute('tone')).toBe('critical');
    expect(calls[0]).toMatchObject({ redirect: 'manual', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(calls[0]?.signal).toBeInstanceOf(AbortSignal);
    render(null, root);
  });

  it.each([
    ['no endpoint', { site: 'acme-shop' }],
    ['an http endpoint of another machine', { endpoint: 'http://collect.example/answers', site: 'acme-shop' }],
    ['no site', { endpoint: 'https://collect.example/answers' }],
    ['a site of 101 characters', { endpoint: 'https://collect.example/answers', site: 'x'.repeat(101) }],
  ])('shows nothing with %s', async (_name, settings) => {
    const root = await show(shopifyApi(settings));
    expect(root.innerHTML).toBe('');
  });

  it.each([
    [
      'a path of the shop, as the theme editor gives it',
      '/policies/privacy-policy',
      'https://acme.example/policies/privacy-policy',
    ],
    ['an https URL', 'https://legal.example/privacy', 'https://legal.example/privacy'],
    ['an http URL', 'http://acme.example/privacy', undefined],
    ['a path that is another host', '//evil.example/privacy', undefined],
    ['a path that a browser reads as another host', '/\\evil.example/privacy', undefined],
    ['a relative path', 'policies/privacy-policy', undefined],
  ])('links the privacy notice given as %s', async (_name, privacy, href) => {
    const root = await show(
      shopifyApi({ endpoint: 'https://collect.example/answers', site: 'acme-shop', privacy_url: privacy }),
    );
    await click('Zufrieden');
    expect(root.querySelector('s-link')?.getAttribute('href') ?? undefined).toBe(href);
  });
});
