// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BATCH_CONTENT_TYPE } from '../../../src/delivery/answer-event.ts';
import { sendBatch } from '../../../src/delivery/send-batch.ts';
import { answerEvent, fakeFetch, status } from '../support/fixtures.ts';

const options = { endpoint: 'https://collect.example/answers', headers: {}, timeoutMs: 10_000 };
const events = [answerEvent(1), answerEvent(2)];

describe('sendBatch', () => {
  it('POSTs the events as a JSON array to the endpoint', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, fetch);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://collect.example/answers');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe(JSON.stringify(events));
  });

  it('sends the CloudEvents batch content type', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, fetch);
    expect(calls[0]?.init.headers).toEqual({ 'Content-Type': BATCH_CONTENT_TYPE });
    expect(BATCH_CONTENT_TYPE).toBe('application/cloudevents-batch+json');
  });

  it('sends no cookies', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, fetch);
    expect(calls[0]?.init.credentials).toBe('omit');
  });

  it('sends no Referer, which may carry the page query', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, fetch);
    expect(calls[0]?.init.referrerPolicy).toBe('no-referrer');
  });

  it('merges custom headers, but its own content type wins', async () => {
    const { fetch, calls } = fakeFetch();
    const headers = { 'X-Api-Key': 'secret', 'Content-Type': 'text/plain' };
    await sendBatch(events, { ...options, headers }, fetch);
    expect(calls[0]?.init.headers).toEqual({ 'X-Api-Key': 'secret', 'Content-Type': BATCH_CONTENT_TYPE });
  });

  it('passes an abort signal', async () => {
    const { fetch, calls } = fakeFetch();
    await sendBatch(events, options, fetch);
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
    expect(calls[0]?.init.signal?.aborted).toBe(false);
  });

  it.each([
    [200, 'ok'],
    [200, 'not json at all'],
    [204, null],
    [299, '{"error":"ignored"}'],
  ])('resolves true for status %i with body %j', async (code, body) => {
    const { fetch } = fakeFetch(() => status(code, body));
    await expect(sendBatch(events, options, fetch)).resolves.toBe(true);
  });

  it.each([301, 400, 404, 408, 429, 500, 503])('resolves false for status %i', async (code) => {
    const { fetch } = fakeFetch(() => status(code));
    await expect(sendBatch(events, options, fetch)).resolves.toBe(false);
  });

  it('resolves false when fetch rejects (network error, CSP block)', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(sendBatch(events, options, fetch)).resolves.toBe(false);
  });

  it('resolves false when fetch throws synchronously', async () => {
    const fetch = (() => {
      throw new TypeError('blocked');
    }) as typeof globalThis.fetch;
    await expect(sendBatch(events, options, fetch)).resolves.toBe(false);
  });

  // AbortSignal.timeout runs on the platform's own clock, which fake timers do not drive.
  it('aborts and resolves false when the endpoint does not answer in time', async () => {
    let signal: AbortSignal | undefined;
    const { fetch } = fakeFetch(
      ({ init }) =>
        new Promise<Response>((_, reject) => {
          signal = init.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(signal?.reason));
        }),
    );
    const started = performance.now();
    await expect(sendBatch(events, { ...options, timeoutMs: 30 }, fetch)).resolves.toBe(false);
    expect(signal?.aborted).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});
