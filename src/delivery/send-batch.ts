import { BATCH_CONTENT_TYPE } from '../shared/answer.js';
import type { AnswerEvent } from './answer-event.js';
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
  /** It answered with a redirect (which one, the browser does not tell). */
  redirected?: true;
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
  // A timer we clear when the answer comes, rather than AbortSignal.timeout: that one keeps its
  // signal (and the request it aborts) alive for the whole timeout, after every request.
  const abort = new AbortController();
  const timer = setTimeout(
    () => abort.abort(new DOMException('the endpoint did not answer in time', 'TimeoutError')),
    timeoutMs,
  );
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
      signal: abort.signal,
      // Followed, a 301/302/303 turns the POST into a GET of the new address, whose 2xx would
      // pass for a delivery of answers that were never posted.
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect') return { status: 0, redirected: true };
    return { status: response.status, retryAfter: response.headers.get('Retry-After') };
  } catch {
    return { status: 0 };
  } finally {
    clearTimeout(timer);
  }
}
