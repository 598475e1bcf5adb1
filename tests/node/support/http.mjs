/** Small HTTP helpers for the collector's Node tests. */
import { uuid } from './known-answers.mjs';

export const BATCH_TYPE = 'application/cloudevents-batch+json';

/** A valid feeling answer with id uuid(n). */
export const answer = (n, data = {}) => ({
  specversion: '1.0',
  id: uuid(n),
  source: 'acme-shop',
  type: 'feelback.answer.v1',
  time: '2026-12-06T09:00:00.000Z',
  subject: 'checkout',
  datacontenttype: 'application/json',
  data: {
    step: 'checkout',
    instrument: 'feeling',
    scale: { min: 1, max: 5 },
    rating: 2,
    emotions: [],
    widgetVersion: '0.1.0',
    ...data,
  },
});

export const post = (url, body, headers = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': BATCH_TYPE, ...headers },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });

/** Runs `task(i)` for i in 0..count-1, at most `width` at a time; resolves to the results in order. */
export async function inParallel(count, width, task) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
