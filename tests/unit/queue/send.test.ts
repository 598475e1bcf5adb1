// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { sendBatch } from '../../../src/queue/send.ts';
import { BATCH_CONTENT_TYPE } from '../../../src/shared/answer.ts';
import { idempotencyKey } from '../../../src/shared/idempotency-key.ts';
import { answerEvent, fakeFetch, status } from '../support/fixtures.ts';

const options = { endpoint: 'https://collect.example/answers', headers: {}, timeoutMs: 10_000 };
const events = [answerEvent(1), answerEvent(2)];
const KEY = idempotencyKey(events.map((event) => event.id));
const transport = (fetch: typeof globalThis.fetch) => ({ fetch, stringify: JSON.stringify });

describe('sendBatch', () => {
  it('POSTs the events as a JSON array to the endpoint', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, transport(fetch));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://collect.example/answers');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe(JSON.stringify(events));
  });

  it('sends the CloudEvents batch content type and the batch idempotency key', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, transport(fetch));
    expect(calls[0]?.init.headers).toEqual({ 'Content-Type': BATCH_CONTENT_TYPE, 'Idempotency-Key': KEY });
    expect(calls[0]?.init.keepalive).toBe(false);
    expect(BATCH_CONTENT_TYPE).toBe('application/cloudevents-batch+json');
  });

  it('sends no cookies', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, transport(fetch));
    expect(calls[0]?.init.credentials).toBe('omit');
  });

  it('sends no Referer, which may carry the page query', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, transport(fetch));
    expect(calls[0]?.init.referrerPolicy).toBe('no-referrer');
  });

  it.each([
    ['Content-Type', 'Idempotency-Key'],
    ['content-type', 'idempotency-key'],
  ])('merges custom headers, but its own %s and %s win, however a site spells them', async (type, key) => {
    const { fetch, calls } = fakeFetch();
    // Merged, 'content-type: application/json' beside ours would go as both: a 415 for every answer.
    const headers = { 'X-Api-Key': 'secret', [type]: 'application/json', [key]: 'k' };
    await sendBatch(events, { ...options, headers }, transport(fetch));
    expect(calls[0]?.init.headers).toEqual({
      'X-Api-Key': 'secret',
      'Content-Type': BATCH_CONTENT_TYPE,
      'Idempotency-Key': KEY,
    });
  });

  it('passes an abort signal', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, transport(fetch));
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
    expect(calls[0]?.init.signal?.aborted).toBe(false);
  });

  it.each([
    [200, 'ok'],
    [200, 'not json at all'],
    [204, null],
    [299, '{"error":"ignored"}'],
  ])('resolves the status %i whatever the body (%j)', async (code, body) => {
    const { fetch } = fakeFetch(() => status(code, body));
    await expect(sendBatch(events, options, transport(fetch))).resolves.toEqual({
      status: code,
      retryAfter: null,
      date: null,
    });
  });

  it.each([301, 400, 404, 408, 429, 500, 503])('resolves the status %i', async (code) => {
    const { fetch } = fakeFetch(() => status(code));
    await expect(sendBatch(events, options, transport(fetch))).resolves.toMatchObject({ status: code });
  });

  it('resolves the Retry-After header, and the Date it is measured from', async () => {
    const date = 'Fri, 02 Jan 2026 00:00:00 GMT';
    const { fetch } = fakeFetch(() => new Response(null, { status: 503, headers: { 'Retry-After': '7', Date: date } }));
    await expect(sendBatch(events, options, transport(fetch))).resolves.toEqual({ status: 503, retryAfter: '7', date });
  });

  it('with keepalive: a simple text/plain request with the same body and no custom header', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, { ...options, headers: { 'X-Api-Key': 'secret' } }, transport(fetch), true);
    expect(calls[0]?.init.headers).toEqual({ 'Content-Type': 'text/plain' });
    expect(calls[0]?.init.keepalive).toBe(true);
    expect(calls[0]?.init.body).toBe(JSON.stringify(events));
    expect(calls[0]?.init.credentials).toBe('omit');
  });

  it('sends the same body when the page has added toJSON to Array and Object prototypes', async () => {
    const { fetch, calls } = fakeFetch();
    const expected = JSON.stringify(events);
    const arrays = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON');
    Object.defineProperty(Array.prototype, 'toJSON', { value: () => 'broken', configurable: true });
    Object.defineProperty(Object.prototype, 'toJSON', { value: () => 'broken', configurable: true });
    try {
      await sendBatch(events, options, transport(fetch));
    } finally {
      delete (Array.prototype as { toJSON?: unknown }).toJSON;
      delete (Object.prototype as { toJSON?: unknown }).toJSON;
    }
    expect(arrays).toBeUndefined();
    expect(calls[0]?.init.body).toBe(expected);
  });

  it('never follows a redirect: a 301/302/303 would turn the POST into a GET of another address', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, transport(fetch));
    expect(calls[0]?.init.redirect).toBe('manual');
  });

  it('reports a redirect as such, whatever status the browser hides behind it', async () => {
    // What fetch gives with redirect: 'manual': an opaque response of status 0.
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers() } as Response;
    const { fetch } = fakeFetch(() => opaque);
    await expect(sendBatch(events, options, transport(fetch))).resolves.toEqual({ status: 0, redirected: true });
  });

  it('resolves status 0 when fetch rejects (network error, CSP block)', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(sendBatch(events, options, transport(fetch))).resolves.toEqual({ status: 0 });
  });

  it('resolves status 0 when fetch throws synchronously', async () => {
    const fetch = (() => {
      throw new TypeError('blocked');
    }) as typeof globalThis.fetch;
    await expect(sendBatch(events, options, transport(fetch))).resolves.toEqual({ status: 0 });
  });

  it('leaves no timer behind once the endpoint answered, so nothing of the request stays alive', async () => {
    vi.useFakeTimers();
    try {
      const { fetch } = fakeFetch();
      await expect(sendBatch(events, options, transport(fetch))).resolves.toMatchObject({ status: expect.any(Number) });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts and resolves status 0 when the endpoint does not answer in time', async () => {
    let signal: AbortSignal | undefined;
    const { fetch } = fakeFetch(
      ({ init }) =>
        new Promise<Response>((_, reject) => {
          signal = init.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(signal?.reason));
        }),
    );
    const started = performance.now();
    await expect(sendBatch(events, { ...options, timeoutMs: 30 }, transport(fetch))).resolves.toEqual({ status: 0 });
    expect(signal?.aborted).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('gives every option itself, in an object without a prototype: a polluted Object.prototype changes nothing', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, transport(fetch));
    const init = calls[0]?.init as RequestInit;
    expect(Object.getPrototypeOf(init)).toBeNull();
    expect(Object.getPrototypeOf(init.headers)).toBeNull();
    expect(init).toMatchObject({
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      integrity: '',
    });
  });

  it("encodes with the stringify it is given, not the page's", async () => {
    const { fetch, calls } = fakeFetch();
    const stringify = vi.fn(JSON.stringify) as typeof JSON.stringify;
    await sendBatch(events, options, { fetch, stringify });
    expect(stringify).toHaveBeenCalled();
    expect(calls[0]?.init.body).toBe(JSON.stringify(events));
  });

  describe('without a clean fetch: XMLHttpRequest', () => {
    /** A stand-in that answers `status` from `responseURL`, or fails. */
    const fakeXhr = (status: number, responseURL = options.endpoint, fail = false) => {
      const sent: Array<{ method: string; url: string; headers: Record<string, string>; body: string }> = [];
      class Xhr {
        status = 0;
        responseURL = '';
        timeout = 0;
        onload?: () => void;
        onerror?: () => void;
        private request = { method: '', url: '', headers: {} as Record<string, string>, body: '' };
        open(method: string, url: string) {
          Object.assign(this.request, { method, url });
        }
        setRequestHeader(name: string, value: string) {
          this.request.headers[name] = value;
        }
        getResponseHeader(name: string) {
          return name === 'Retry-After' ? '9' : null;
        }
        send(body: string) {
          sent.push({ ...this.request, body });
          queueMicrotask(() => {
            if (fail) return this.onerror?.();
            Object.assign(this, { status, responseURL });
            this.onload?.();
          });
        }
      }
      return { Xhr: Xhr as unknown as typeof XMLHttpRequest, sent };
    };
    const noFetch = { fetch: undefined, stringify: JSON.stringify };

    it('POSTs the same body and headers, and reads the status and Retry-After', async () => {
      const { Xhr, sent } = fakeXhr(503);
      await expect(sendBatch(events, options, noFetch, false, Xhr)).resolves.toEqual({ status: 503, retryAfter: '9' });
      expect(sent).toEqual([
        {
          method: 'POST',
          url: options.endpoint,
          headers: { 'Content-Type': BATCH_CONTENT_TYPE, 'Idempotency-Key': KEY },
          body: JSON.stringify(events),
        },
      ]);
    });

    it('takes an answer from another address for a redirect it followed: a dead letter, not a delivery', async () => {
      const { Xhr } = fakeXhr(200, 'https://collect.example/welcome');
      await expect(sendBatch(events, options, noFetch, false, Xhr)).resolves.toEqual({ status: 0, redirected: true });
    });

    it('takes the endpoint’s own answer for one, when the endpoint has a #fragment (never in a response URL)', async () => {
      const { Xhr } = fakeXhr(204, options.endpoint);
      await expect(
        sendBatch(events, { ...options, endpoint: `${options.endpoint}#feedback` }, noFetch, false, Xhr),
      ).resolves.toEqual({ status: 204, retryAfter: '9' });
    });

    it('resolves status 0 when the request fails, and when there is no XMLHttpRequest either', async () => {
      await expect(
        sendBatch(events, options, noFetch, false, fakeXhr(200, options.endpoint, true).Xhr),
      ).resolves.toEqual({
        status: 0,
      });
      await expect(sendBatch(events, options, noFetch, false, undefined)).resolves.toEqual({ status: 0 });
    });
  });
});
