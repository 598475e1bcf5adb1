/**
 * A token bucket per client: `burst` requests at once, then `perSecond`. Buckets are kept for at
 * most `maxClients` clients (the least recently seen go first), so a flood from many addresses
 * cannot grow memory either.
 */
export function createRateLimit({ burst = 60, perSecond = 10, maxClients = 10_000, now = Date.now } = {}) {
  const buckets = new Map();
  return {
    /** Takes one request from `client`'s bucket: 0 when allowed, else the whole seconds to wait. */
    take(client) {
      const at = now();
      const bucket = buckets.get(client) ?? { tokens: burst, at };
      buckets.delete(client); // Re-inserted below: the Map's order is the order last seen.
      bucket.tokens = Math.min(burst, bucket.tokens + ((at - bucket.at) / 1000) * perSecond);
      bucket.at = at;
      buckets.set(client, bucket);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
    },
    get clients() {
      return buckets.size;
    },
  };
}
