import { BATCH_CONTENT_TYPE } from '../shared/answer.js';
import { idempotencyKey } from '../shared/idempotency-key.js';
import { plain } from '../shared/plain.js';
import type { FeelbackEvent } from '../wire/answer-event.js';
import type { Transport } from './clean-globals.js';
import { encodeJson } from './encode-json.js';

export interface SendOptions {
  endpoint: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

/** How the endpoint answered: `status` 0 when it did not (network error, timeout, CSP block). */
export interface SendResult {
  status: number;
  retryAfter?: string | null;
  /** The server's `Date` (where it exposes it): a Retry-After date is read against its clock. */
  date?: string | null;
  /** It answered with a redirect (which one, the browser does not tell). */
  redirected?: true;
}

/**
 * POSTs one batch. Never throws. `keepalive` is for a page being hidden or left: the request
 * must outlive the page, and (as for a beacon) it must be a "simple" request that needs no CORS
 * preflight, so it goes as `text/plain` with the same JSON body and without custom headers.
 * Every option is given, in an object without a prototype: a page's `Object.prototype.mode =
 * 'no-cors'` must not change our request.
 */
export async function sendBatch(
  events: readonly FeelbackEvent[],
  { endpoint, headers, timeoutMs }: SendOptions,
  transport: Transport,
  keepalive = false,
  xhr: typeof XMLHttpRequest | undefined = globalThis.XMLHttpRequest,
): Promise<SendResult> {
  const body = encodeJson(events, transport.stringify);
  const allHeaders: Record<string, string> = keepalive
    ? { 'Content-Type': 'text/plain' }
    : {
        // Ours win however a site spells them: merged, `content-type` would go beside ours as one
        // header of both values, and the endpoint would refuse every answer.
        ...Object.fromEntries(
          Object.entries(headers).filter(([name]) => !/^(content-type|idempotency-key)$/i.test(name)),
        ),
        'Content-Type': BATCH_CONTENT_TYPE,
        'Idempotency-Key': idempotencyKey(events.map((event) => event.id)),
      };
  if (!transport.fetch) return sendByXhr(endpoint, allHeaders, body, timeoutMs, xhr);
  // A timer we clear when the answer comes, rather than AbortSignal.timeout: that one keeps its
  // signal (and the request it aborts) alive for the whole timeout, after every request.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await transport.fetch(
      endpoint,
      plain({
        method: 'POST',
        headers: plain(allHeaders),
        body,
        mode: 'cors',
        // No cookies, no Referer (it may carry the page's query string): an answer is anonymous.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        keepalive,
        signal: abort.signal,
        // Followed, a 301/302/303 turns the POST into a GET of the new address, whose 2xx would
        // pass for a delivery of answers that were never posted.
        redirect: 'manual',
        integrity: '',
        priority: 'low',
      } as RequestInit),
    );
    if (response.type === 'opaqueredirect') return { status: 0, redirected: true };
    const { headers } = response;
    return { status: response.status, retryAfter: headers.get('Retry-After'), date: headers.get('Date') };
  } catch {
    return { status: 0 };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Where no clean fetch could be had. XMLHttpRequest follows redirects by itself, so one shows
 * as a final address other than the endpoint; it cannot outlive the page (no keepalive).
 */
function sendByXhr(
  endpoint: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  Xhr: typeof XMLHttpRequest | undefined,
): Promise<SendResult> {
  return new Promise((resolve) => {
    try {
      const xhr = new (Xhr as typeof XMLHttpRequest)();
      xhr.open('POST', endpoint);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.timeout = timeoutMs;
      // A response's URL never carries the fragment the endpoint may have.
      xhr.onload = () =>
        xhr.responseURL && xhr.responseURL !== endpoint.split('#')[0]
          ? resolve({ status: 0, redirected: true })
          : resolve({ status: xhr.status, retryAfter: xhr.getResponseHeader('Retry-After') });
      xhr.onerror = xhr.ontimeout = xhr.onabort = () => resolve({ status: 0 });
      xhr.send(body);
    } catch {
      resolve({ status: 0 });
    }
  });
}
