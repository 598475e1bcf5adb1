/**
 * Delay before retry number `attempt` (1 = first retry): exponential from `baseMs`, capped at
 * `maxMs`, with "full jitter" in the upper half so many shoppers coming back online at once do
 * not hit the endpoint in lockstep.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * Parses `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3). Returns ms from
 * `now`, clamped to [0, maxMs], or undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number, maxMs: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.max(0, Math.min(maxMs, ms));
}
