// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answerBatchSchema, answerEventSchema } from '../../../src/wire/answer-event.ts';
import { answerEvent } from '../support/fixtures.ts';

const { id: _id, ...withoutId } = answerEvent(1);

describe('answerEventSchema', () => {
  it('accepts a valid event', () => {
    expect(answerEventSchema.safeParse(answerEvent(1)).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a record missing id', withoutId],
    ['a non-UUID id', { ...answerEvent(1), id: 'not-a-uuid' }],
    ['another event type', { ...answerEvent(1), type: 'com.example.other' }],
    ['specversion 0.3', { ...answerEvent(1), specversion: '0.3' }],
    ['a time with an offset', { ...answerEvent(1), time: '2026-01-01T12:00:00+01:00' }],
    ['a subject with a space', { ...answerEvent(1), subject: 'check out' }],
    [
      'a widgetVersion that is not semver',
      { ...answerEvent(1), data: { ...answerEvent(1).data, widgetVersion: 'v1' } },
    ],
    ['another instrument', { ...answerEvent(1), data: { ...answerEvent(1).data, instrument: 'nps' } }],
  ])('rejects %s', (_name, value) => {
    expect(answerEventSchema.safeParse(value).success).toBe(false);
  });
});

describe('answerBatchSchema', () => {
  it('accepts an array of events', () => {
    expect(answerBatchSchema.safeParse([answerEvent(1), answerEvent(2)]).success).toBe(true);
  });

  it('rejects a single event that is not in an array', () => {
    expect(answerBatchSchema.safeParse(answerEvent(1)).success).toBe(false);
  });
});
