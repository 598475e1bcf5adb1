// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyStatus, isEndpointDown, retryAfterMs } from '../../../src/queue/status.ts';

describe('classifyStatus', () => {
  it.each([200, 201, 202, 204, 299])('%i: delivered', (status) => {
    expect(classifyStatus(status)).toBe('delivered');
  });

  it.each([0, 408, 425, 429, 500, 502, 503, 504, 599])('%i: retried', (status) => {
    expect(classifyStatus(status)).toBe('retry');
  });

  it.each([400, 413, 422])('%i: split to find the answer it is about', (status) => {
    expect(classifyStatus(status)).toBe('split');
  });

  // 300 is the first status past 2xx: the edge of `delivered`.
  it.each([300, 301, 304, 401, 403, 404, 405, 410, 415, 451])('%i: rejected (dead letter)', (status) => {
    expect(classifyStatus(status)).toBe('rejected');
  });
});

describe('isEndpointDown', () => {
  it.each([
    [0, true],
    [429, true],
    [503, true],
    [500, false],
    [502, false],
    [408, false],
  ])('%i → %s', (status, down) => {
    expect(isEndpointDown(status)).toBe(down);
  });
});

describe('retryAfterMs', () => {
  const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
  const MAX = 300_000;

  it.each([
    ['0', 0],
    ['5', 5_000],
    [' 120 ', 120_000],
  ])('reads delta-seconds %j', (header, ms) => {
    expect(retryAfterMs(header, NOW, MAX)).toBe(ms);
  });

  it('reads an HTTP date', () => {
    expect(retryAfterMs('Sun, 22 Nov 2026 12:00:30 GMT', NOW, MAX)).toBe(30_000);
  });

  it('treats a date in the past as now', () => {
    expect(retryAfterMs('Sun, 22 Nov 2026 11:00:00 GMT', NOW, MAX)).toBe(0);
  });

  it('clamps what is too far away to the longest retry delay', () => {
    expect(retryAfterMs('86400', NOW, MAX)).toBe(MAX);
    expect(retryAfterMs('Fri, 01 Jan 2100 00:00:00 GMT', NOW, MAX)).toBe(MAX);
  });

  it.each([null, undefined, '', '  ', 'soon', '-5', 'NaN'])('ignores %j', (header) => {
    expect(retryAfterMs(header, NOW, MAX)).toBeUndefined();
  });
});
