// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/queue/backoff.ts';

const lowest = () => 0;
const highest = () => 0.999_999_999;

describe('backoffDelay', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 8_000],
  ])('doubles per attempt: attempt %i waits up to %i ms', (attempt, delay) => {
    expect(backoffDelay(attempt, 1_000, 1_000_000, highest)).toBe(delay);
  });

  it('jitters no lower than half the delay', () => {
    expect(backoffDelay(3, 1_000, 1_000_000, lowest)).toBe(2_000);
  });

  it('jitters no higher than the delay', () => {
    expect(backoffDelay(3, 1_000, 1_000_000, highest)).toBe(4_000);
  });

  it('spreads retries across the upper half of the delay', () => {
    expect(backoffDelay(3, 1_000, 1_000_000, () => 0.5)).toBe(3_000);
  });

  it('caps the delay at the maximum', () => {
    expect(backoffDelay(10, 1_000, 60_000, highest)).toBe(60_000);
    expect(backoffDelay(10, 1_000, 60_000, lowest)).toBe(30_000);
  });

  it.each([31, 1_000, Number.MAX_SAFE_INTEGER])('stays a finite number within the cap at attempt %i', (attempt) => {
    const delay = backoffDelay(attempt, 3_600_000, 86_400_000, highest);
    expect(Number.isFinite(delay)).toBe(true);
    expect(delay).toBeLessThanOrEqual(86_400_000);
    expect(delay).toBeGreaterThanOrEqual(43_200_000);
  });
});
