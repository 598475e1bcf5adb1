/**
 * A short key that is the same for the same answers in the same order (64-bit FNV-1a of the ids
 * joined by commas, 16 hex digits), sent as `Idempotency-Key` so a retried batch is recognisable.
 * Here, below both, because the widget's delivery and `feelback/event` (the checkout extension) send it.
 */
export function idempotencyKey(ids: readonly string[]): string {
  // 64-bit arithmetic in two 32-bit halves (BigInt is slower and larger): h * (2^40 + 0x1b3).
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const char of ids.join()) {
    const mixed = (lo ^ char.charCodeAt(0)) >>> 0;
    const product = mixed * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + Math.floor(product / 2 ** 32) + (mixed << 8)) >>> 0;
    lo = product >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
