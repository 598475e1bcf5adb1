/**
 * Delay before retry number `attempt` (1 = first retry): exponential from `baseMs`, capped at
 * `maxMs`, jittered over its upper half so shoppers coming back online together do not hit
 * the endpoint in lockstep.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(delay / 2 + (random() * delay) / 2);
}
