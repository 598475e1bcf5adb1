// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newRecord, RECORD_VERSION, readRecord } from '../../../src/outbox/outbox-record.ts';
import { answerEvent, record } from '../support/fixtures.ts';

describe('newRecord', () => {
  it('wraps an event, due now, with no attempts', () => {
    expect(newRecord(answerEvent(1))).toStrictEqual({ v: 1, event: answerEvent(1), attempts: 0, nextAttemptAt: 0 });
    expect(RECORD_VERSION).toBe(1);
  });
});

describe('readRecord', () => {
  it('accepts a valid record', () => {
    expect(readRecord(record(1, { attempts: 4, nextAttemptAt: 1_700_000_000_000 }))).toEqual(
      record(1, { attempts: 4, nextAttemptAt: 1_700_000_000_000 }),
    );
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'record'],
    ['an empty object', {}],
    ['version 2', { ...record(1), v: 2 }],
    ['a missing version', { ...record(1), v: undefined }],
    ['negative attempts', { ...record(1), attempts: -1 }],
    ['fractional attempts', { ...record(1), attempts: 1.5 }],
    ['an infinite nextAttemptAt', { ...record(1), nextAttemptAt: Number.POSITIVE_INFINITY }],
    ['a NaN nextAttemptAt', { ...record(1), nextAttemptAt: Number.NaN }],
    ['a string nextAttemptAt', { ...record(1), nextAttemptAt: '0' }],
    ['an invalid event', { ...record(1), event: { ...answerEvent(1), data: { ...answerEvent(1).data, rating: 7 } } }],
  ])('rejects %s', (_name, value) => {
    expect(readRecord(value)).toBeUndefined();
  });
});
