/** What a delivery attempt's status means for its answers (0 = no HTTP answer at all). */
export type Verdict = 'delivered' | 'retry' | 'split' | 'rejected';

/**
 * 2xx: delivered, whatever the body. 408, 425 (too early), 429, 5xx and no answer (network error,
 * timeout, CSP): retried later. 400, 413 and 422 may be caused by one answer of the batch: split it to find it.
 * Any other status: the endpoint refuses, so the answers become dead letters.
 */
export function classifyStatus(status: number): Verdict {
  if (status >= 200 && status < 300) return 'delivered';
  if (!status || status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  return status === 400 || status === 413 || status === 422 ? 'split' : 'rejected';
}

/** After these, the endpoint as a whole is unavailable: the rest of the run waits too. */
export const isEndpointDown = (status: number) => !status || status === 429 || status === 503;

/** The longest wait a server's Retry-After gets; a later date is read as this. */
export const RETRY_AFTER_MAX_MS = 86_400_000;

/**
 * Milliseconds a `Retry-After` header asks us to wait, as delta-seconds or an HTTP date,
 * clamped to [0, one day]; undefined when absent or unreadable. The server asked, so this wins
 * over `retryMaxMs`, which bounds only the waits the widget chooses by itself.
 */
export function retryAfterMs(
  header: string | null | undefined,
  now: number,
  maxMs = RETRY_AFTER_MAX_MS,
): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  // An HTTP date starts with the weekday; Date.parse alone would take "-5" for a year.
  const ms = /^\d+$/.test(value) ? +value * 1000 : /^[a-z]/i.test(value) ? Date.parse(value) - now : Number.NaN;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), maxMs);
}
