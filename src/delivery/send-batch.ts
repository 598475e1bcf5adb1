import { type AnswerEvent, BATCH_CONTENT_TYPE } from './answer-event.js';
import { encodeJson } from './encode-json.js';
import { idempotencyKey } from './status.js';

export interface SendOptions {
  endpoint: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

/** How the endpoint answered: `status` 0 when it did not (network error, timeout, CSP block). */
export interface SendResult {
  status: number;
  retryAfter?: string | null;
}

/**
 * POSTs one batch. Never throws. `keepalive` is for a page being hidden or left: the request
 * must outlive the page, and (as for a beacon) it must be a "simple" request that needs no CORS
 * preflight, so it goes as `text/plain` with the same JSON body and without custom headers.
 */
export async function sendBatch(
  events: readonly AnswerEvent[],
  { endpoint, headers, timeoutMs }: SendOptions,
  fetchImpl: typeof fetch,
  keepalive = false,
  stringify = JSON.stringify,
): Promise<SendResult> {
  try {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: keepalive
        ? { 'Content-Type': 'text/plain' }
        : {
            ...headers,
            'Content-Type': BATCH_CONTENT_TYPE,
            'Idempotency-Key': idempotencyKey(events.map((event) => event.id)),
          },
      body: encodeJson(events, stringify),
      // No cookies, no Referer (it may carry the page's query string): an answer is anonymous.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, retryAfter: response.headers.get('Retry-After') };
  } catch {
    return { status: 0 };
  }
}
