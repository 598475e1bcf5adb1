// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { idempotencyKey } from '../../../src/shared/idempotency-key.ts';

describe('idempotencyKey', () => {
  const a = '00000000-0000-4000-8000-000000000001';
  const b = '00000000-0000-4000-8000-000000000002';

  it('is 16 hex digits, the same for the same ids in the same order', () => {
    expect(idempotencyKey([a, b])).toMatch(/^[\da-f]{16}$/);
    expect(idempotencyKey([a, b])).toBe(idempotencyKey([a, b]));
  });

  it('differs for other ids or another order', () => {
    const keys = new Set([idempotencyKey([a, b]), idempotencyKey([b, a]), idempotencyKey([a]), idempotencyKey([b])]);
    expect(keys.size).toBe(4);
  });

  it('is 64-bit FNV-1a of the ids joined by commas', () => {
    // Published FNV-1a 64 test vectors: "" → cbf29ce484222325, "a" → af63dc4c8601ec8c, "foobar" → 85944171f73967e8.
    expect(idempotencyKey([])).toBe('cbf29ce484222325');
    expect(idempotencyKey(['a'])).toBe('af63dc4c8601ec8c');
    expect(idempotencyKey(['foobar'])).toBe('85944171f73967e8');
    // Computed with a plain BigInt FNV-1a 64 over the joined text ("foo,bar", then the two UUIDs).
    expect(idempotencyKey(['foo', 'bar'])).toBe('0af4cfeeb6588bee');
    expect(idempotencyKey([a, b])).toBe('056e0bda97ed9dac');
  });
});
