// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answerBatchSchema, answerEventSchema } from '../../../src/delivery/answer-batch.ts';
import { answerEventJsonSchema } from '../../../src/delivery/answer-event-json-schema.ts';
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

describe('answerEventJsonSchema', () => {
  type ObjectSchema = { required: string[]; properties: Record<string, unknown> };
  const schema = answerEventJsonSchema() as {
    type: string;
    items: ObjectSchema & { properties: { data: ObjectSchema } };
  };

  it('describes an array of events', () => {
    expect(schema.type).toBe('array');
  });

  const sorted = (keys: Iterable<string>) => [...keys].sort();

  it('requires the same envelope fields the zod schema has', () => {
    const keys = sorted(Object.keys(answerEventSchema.def.shape));
    expect(sorted(schema.items.required)).toEqual(keys);
    expect(sorted(Object.keys(schema.items.properties))).toEqual(keys);
  });

  it('requires the same data fields the zod schema has, with comment, page and locale optional', () => {
    const keys = sorted(Object.keys(answerEventSchema.def.shape.data.def.shape));
    const optional = ['comment', 'page', 'locale'];
    expect(sorted(Object.keys(schema.items.properties.data.properties))).toEqual(keys);
    expect(sorted(schema.items.properties.data.required)).toEqual(keys.filter((key) => !optional.includes(key)));
  });
});
