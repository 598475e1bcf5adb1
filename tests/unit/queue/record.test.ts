// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newRecord, RECORD_VERSION, readRecord } from '../../../src/queue/record.ts';
import { answerEvent, record } from '../support/fixtures.ts';

const TIME_1 = Date.parse(answerEvent(1).time);

describe('newRecord', () => {
  it('wraps an event, due now, with no attempts, stamped with its creation time', () => {
    expect(newRecord(answerEvent(1), 42)).toStrictEqual({
      v: 2,
      event: answerEvent(1),
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: 42,
    });
    expect(RECORD_VERSION).toBe(2);
  });

  it('takes the answer time as creation time by default', () => {
    expect(newRecord(answerEvent(1)).createdAt).toBe(TIME_1);
  });
});

describe('readRecord', () => {
  it('accepts a valid record', () => {
    expect(readRecord(record(1, { attempts: 4, nextAttemptAt: 1_700_000_000_000 }))).toEqual(
      record(1, { attempts: 4, nextAttemptAt: 1_700_000_000_000 }),
    );
  });

  it('accepts a dead letter', () => {
    const dead = record(1, { rejected: { status: 422, at: 5 } });
    expect(readRecord(dead)).toEqual(dead);
  });

  it('migrates a v1 record to v2, taking createdAt from the answer time', () => {
    const v1 = { v: 1, event: answerEvent(1), attempts: 3, nextAttemptAt: 99 };
    expect(readRecord(v1)).toStrictEqual({
      v: 2,
      event: answerEvent(1),
      attempts: 3,
      nextAttemptAt: 99,
      createdAt: TIME_1,
    });
  });

  it('gives a v1 answer, written before the scale existed, the feeling scale', () => {
    const { scale: _, ...data } = answerEvent(1).data;
    const v1 = { v: 1, event: { ...answerEvent(1), data }, attempts: 0, nextAttemptAt: 0 };
    expect(readRecord(v1)?.event).toStrictEqual(answerEvent(1));
  });

  it('does not give a v2 answer without a scale one: it is not ours to trust', () => {
    const { scale: _, ...data } = answerEvent(1).data;
    expect(readRecord({ ...record(1), event: { ...answerEvent(1), data } })).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'record'],
    ['an empty object', {}],
    ['version 3', { ...record(1), v: 3 }],
    ['a missing version', { ...record(1), v: undefined }],
    ['negative attempts', { ...record(1), attempts: -1 }],
    ['fractional attempts', { ...record(1), attempts: 1.5 }],
    ['an infinite nextAttemptAt', { ...record(1), nextAttemptAt: Number.POSITIVE_INFINITY }],
    ['a NaN nextAttemptAt', { ...record(1), nextAttemptAt: Number.NaN }],
    ['a string nextAttemptAt', { ...record(1), nextAttemptAt: '0' }],
    ['a string createdAt', { ...record(1), createdAt: 'yesterday' }],
    ['a rejected without status', { ...record(1), rejected: { at: 1 } }],
    ['an invalid event', { ...record(1), event: { ...answerEvent(1), data: { ...answerEvent(1).data, rating: 7 } } }],
  ])('rejects %s', (_name, value) => {
    expect(readRecord(value)).toBeUndefined();
  });
});
