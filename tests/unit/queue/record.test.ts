// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/queue/read-record.ts';
import { newRecord, RECORD_VERSION } from '../../../src/queue/record.ts';
import { answerEvent, ENDPOINT, partialEvent, record, recoveryEvent, uuid } from '../support/fixtures.ts';

const TIME_1 = Date.parse(answerEvent(1).time);

describe('newRecord', () => {
  it('wraps an event with the endpoint it is for, due now, with no attempts, stamped with its creation time', () => {
    expect(newRecord(answerEvent(1), ENDPOINT, {}, 42)).toStrictEqual({
      v: 4,
      event: answerEvent(1),
      endpoint: ENDPOINT,
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: 42,
    });
    expect(RECORD_VERSION).toBe(4);
  });

  it('keeps the headers of its config, when there are any', () => {
    expect(newRecord(answerEvent(1), ENDPOINT, { 'X-Api-Key': 'k' }).headers).toEqual({ 'X-Api-Key': 'k' });
  });

  it('takes the answer time as creation time by default', () => {
    expect(newRecord(answerEvent(1), ENDPOINT, {}).createdAt).toBe(TIME_1);
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

  it('migrates a v2 record, which kept no endpoint', () => {
    const v2 = { v: 2, event: answerEvent(1), attempts: 3, nextAttemptAt: 99, createdAt: 5 };
    expect(readRecord(v2)).toStrictEqual({ v: 4, event: answerEvent(1), attempts: 3, nextAttemptAt: 99, createdAt: 5 });
  });

  it('takes a v3 record as it is: 4 only added recovery events and held partial answers', () => {
    const v3 = { ...record(1), v: 3 };
    expect(readRecord(v3)).toStrictEqual(record(1));
  });

  it('accepts a recovery event, about the answer it followed', () => {
    const recovery = { ...newRecord(recoveryEvent(2, uuid(1)), ENDPOINT, {}) };
    expect(readRecord(recovery)).toStrictEqual(recovery);
  });

  it('accepts a partial answer held while its prompt is open, and keeps when it is held until', () => {
    const held = record(1, { event: partialEvent(1), heldUntil: 1_800_000 });
    expect(readRecord(held)).toStrictEqual(held);
  });

  it('migrates a v1 record, taking createdAt from the answer time', () => {
    const v1 = { v: 1, event: answerEvent(1), attempts: 3, nextAttemptAt: 99 };
    expect(readRecord(v1)).toStrictEqual({
      v: 4,
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
    ['version 5', { ...record(1), v: 5 }],
    ['a held answer that is not partial', { ...record(1), heldUntil: 5 }],
    ['a held partial answer held until no time', { ...record(1, { event: partialEvent(1) }), heldUntil: 'later' }],
    ['a held recovery event', { ...newRecord(recoveryEvent(2, uuid(1)), ENDPOINT, {}), heldUntil: 5 }],
    [
      'a recovery event about no answer id',
      { ...newRecord({ ...recoveryEvent(2, uuid(1)), subject: 'checkout' }, ENDPOINT, {}) },
    ],
    [
      'a recovery event of an action it does not know',
      {
        ...newRecord(recoveryEvent(2, uuid(1)), ENDPOINT, {}),
        event: { ...recoveryEvent(2, uuid(1)), data: { ...recoveryEvent(2, uuid(1)).data, action: 'email' } },
      },
    ],
    ['an endpoint that is not a web address', { ...record(1), endpoint: 'javascript:alert(1)' }],
    ['headers that are not texts', { ...record(1), headers: { 'X-Key': 1 } }],
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
