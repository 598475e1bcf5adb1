import { BATCH_CONTENT_TYPE, buildAnswerEvent, idempotencyKey } from 'feelback/event';

/** What sending needs from the world, passed in. */
export interface Sender {
  fetch: typeof fetch;
  uuid(): string;
  now(): number;
  /** The buyer's browser sends Global Privacy Control: then the answer goes without its locale, as the widget's. */
  globalPrivacyControl(): boolean;
}

export interface Answer {
  /** The event's id: the same on every send of this order's step, so the endpoint keeps it once. */
  id: string;
  step: string;
  rating: number;
  comment: string;
  locale: string | undefined;
}

/** A request that takes longer than this is given up (the buyer may send again), as the widget's default. */
const TIMEOUT_MS = 10_000;

/**
 * Posts one answer as the widget would: the same CloudEvent (built by feelback's own code) in a
 * one-event batch with the widget's `Idempotency-Key`, to the endpoint and nowhere else (a
 * redirect counts as a failure, never followed), without cookies or Referer, given up after a
 * while. Resolves to whether the endpoint took it (2xx); never rejects.
 */
export async function postAnswer(
  to: { endpoint: string; site: string },
  answer: Answer,
  { fetch, now }: Pick<Sender, 'fetch' | 'now'>,
): Promise<boolean> {
  const event = buildAnswerEvent(
    { step: answer.step, instrument: 'feeling', rating: answer.rating, emotions: [], comment: answer.comment },
    { id: answer.id, site: to.site, time: now(), ...(answer.locale && { locale: answer.locale }) },
  );
  if (!event) return false;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(to.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': BATCH_CONTENT_TYPE, 'Idempotency-Key': idempotencyKey([event.id]) },
      body: JSON.stringify([event]),
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
      signal: timeout.signal,
    });
    return response.ok && !response.redirected && response.type !== 'opaqueredirect';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
