import { type AnswerEvent, BATCH_CONTENT_TYPE } from './answer-event.js';

export interface SendOptions {
  endpoint: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

/**
 * POSTs one batch. Resolves true on any 2xx, whatever its body; false on anything else,
 * including network errors, timeouts and CSP blocks. Never throws.
 */
export async function sendBatch(
  events: readonly AnswerEvent[],
  { endpoint, headers, timeoutMs }: SendOptions,
  fetchImpl: typeof fetch,
): Promise<boolean> {
  try {
    const { ok } = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': BATCH_CONTENT_TYPE },
      body: JSON.stringify(events),
      // No cookies, no Referer (it may carry the page's query string): an answer is anonymous.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return ok;
  } catch {
    return false;
  }
}
