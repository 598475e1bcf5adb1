import { type AnswerEvent, BATCH_CONTENT_TYPE } from './answer-event.js';
import { parseRetryAfter } from './backoff.js';

export type SendOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; status?: number; retryAfterMs?: number; reason: string }
  | { kind: 'rejected'; status: number }
  | { kind: 'too-large'; status: number };

export interface SendOptions {
  endpoint: string;
  headers: Record<string, string>;
  timeoutMs: number;
  retryMaxMs: number;
}

/**
 * POSTs one batch and classifies the answer. Never throws: network errors, timeouts and CSP
 * blocks all come back as `retry`. Any 2xx counts as delivered, whatever its body.
 */
export async function sendBatch(
  events: readonly AnswerEvent[],
  options: SendOptions,
  fetchImpl: typeof fetch,
  now: () => number = Date.now,
): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetchImpl(options.endpoint, {
      method: 'POST',
      headers: { ...options.headers, 'Content-Type': BATCH_CONTENT_TYPE },
      body: JSON.stringify(events),
      credentials: 'omit',
      signal: controller.signal,
    });
    const status = response.status;
    // The body is never needed; cancel it so the connection can be reused.
    response.body?.cancel().catch(() => {});
    if (status >= 200 && status < 300) return { kind: 'delivered', status };
    if (status === 413) return { kind: 'too-large', status };
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) return { kind: 'rejected', status };
    // 408, 429, 5xx and anything unexpected (a stray 3xx) are worth another try.
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now(), options.retryMaxMs);
    return { kind: 'retry', status, retryAfterMs, reason: `HTTP ${status}` };
  } catch (error) {
    const reason = controller.signal.aborted ? `no answer within ${options.timeoutMs} ms` : String(error);
    return { kind: 'retry', reason };
  } finally {
    clearTimeout(timer);
  }
}
