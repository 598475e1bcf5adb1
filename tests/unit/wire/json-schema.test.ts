// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isAnswerEvent } from '../../../src/queue/check-answer.ts';
import { type AnswerEvent, answerBatchSchema, answerEventSchema } from '../../../src/wire/answer-event.ts';
import { answerBatchJsonSchema } from '../../../src/wire/json-schema.ts';
import { answerEvent } from '../support/fixtures.ts';

import { accepts, type Schema } from '../support/json-schema-accepts.ts';

const jsonSchema = answerBatchJsonSchema() as Schema;
const valid = answerEvent(1);
const withEvent = (change: Partial<AnswerEvent>) => ({ ...valid, ...change });
const withData = (change: Record<string, unknown>) => ({ ...valid, data: { ...valid.data, ...change } });
const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));
const withoutData = (key: string) => ({
  ...valid,
  data: Object.fromEntries(Object.entries(valid.data).filter(([k]) => k !== key)),
});

describe("the shipped JSON Schema, the zod schema it is generated from, and the browser's check", () => {
  // Every property of an event is required; of its data, only these may be left out.
  const OPTIONAL_DATA = new Set(['comment', 'page', 'locale']);
  it.each<[string, unknown, boolean]>([
    ['a valid event', valid, true],
    ['a valid event with a comment', withData({ comment: 'Quick.' }), true],
    ['a valid event with an extra property', { ...valid, extension: 'x' }, true],
    ['an event with no emotions', withData({ emotions: [] }), true],
    ...Object.keys(valid).map((key): [string, unknown, boolean] => [`an event without ${key}`, without(key), false]),
    ...Object.keys(valid.data).map((key): [string, unknown, boolean] => [
      `data without ${key}`,
      withoutData(key),
      OPTIONAL_DATA.has(key),
    ]),
    ['specversion 0.3', withEvent({ specversion: '0.3' as '1.0' }), false],
    ['another type', withEvent({ type: 'x' as AnswerEvent['type'] }), false],
    ['another datacontenttype', withEvent({ datacontenttype: 'text/plain' as 'application/json' }), false],
    ['an id that is not a UUID', withEvent({ id: 'answer-1' }), false],
    ['an empty source', withEvent({ source: '' }), false],
    ['a source of 100 characters', withEvent({ source: 'x'.repeat(100) }), true],
    ['a source of 101 characters', withEvent({ source: 'x'.repeat(101) }), false],
    ['a time that is not a date', withEvent({ time: 'yesterday' }), false],
    ['a subject of 64 characters', withEvent({ subject: 'x'.repeat(64) }), true],
    ['a subject of 65 characters', withEvent({ subject: 'x'.repeat(65) }), false],
    ['another instrument', withData({ instrument: 'nps' }), false],
    ['an effort answer', withData({ instrument: 'effort', scale: { min: 1, max: 7 }, rating: 6 }), true],
    ['a satisfaction answer', withData({ instrument: 'satisfaction', scale: { min: 1, max: 5 }, rating: 5 }), true],
    ['effort with the scale of feeling', withData({ instrument: 'effort', scale: { min: 1, max: 5 } }), false],
    ['feeling with the scale of effort', withData({ scale: { min: 1, max: 7 } }), false],
    [
      'a satisfaction rating of 6',
      withData({ instrument: 'satisfaction', scale: { min: 1, max: 5 }, rating: 6 }),
      false,
    ],
    ['a scale that is not an object', withData({ scale: 5 }), false],
    ['rating 0', withData({ rating: 0 }), false],
    ['rating 1', withData({ rating: 1 }), true],
    ['rating 5', withData({ rating: 5 }), true],
    ['rating 6', withData({ rating: 6 }), false],
    ['rating 2.5', withData({ rating: 2.5 }), false],
    ['rating "4"', withData({ rating: '4' }), false],
    ['10 emotions', withData({ emotions: Array.from({ length: 10 }, (_, i) => `w${i}`) }), true],
    ['11 emotions', withData({ emotions: Array.from({ length: 11 }, (_, i) => `w${i}`) }), false],
    ['an empty emotion', withData({ emotions: [''] }), false],
    ['an emotion of 40 characters', withData({ emotions: ['x'.repeat(40)] }), true],
    ['an emotion of 41 characters', withData({ emotions: ['x'.repeat(41)] }), false],
    ['an empty comment', withData({ comment: '' }), false],
    ['a comment of 1000 characters', withData({ comment: 'x'.repeat(1000) }), true],
    ['a comment of 1001 characters', withData({ comment: 'x'.repeat(1001) }), false],
    ['a page with a query', withData({ page: '/a?b' }), false],
    ['a page with a fragment', withData({ page: '/a#b' }), false],
    ['a locale of 35 characters', withData({ locale: 'x'.repeat(35) }), true],
    ['a locale of 36 characters', withData({ locale: 'x'.repeat(36) }), false],
    ['a widgetVersion that is not semver', withData({ widgetVersion: 'v1' }), false],
  ])('agree on %s', (_name, event, expected) => {
    expect({
      jsonSchema: accepts(jsonSchema, [event]),
      zod: answerBatchSchema.safeParse([event]).success,
      // The browser's own check, which stands in for zod in every browser file.
      browser: isAnswerEvent(event),
    }).toEqual({ jsonSchema: expected, zod: expected, browser: expected });
  });

  it('agree on a body that is not an array', () => {
    expect(accepts(jsonSchema, valid)).toBe(false);
    expect(answerBatchSchema.safeParse(valid).success).toBe(false);
  });

  // Each of these the widget would never send, and zod rejects; an endpoint that validates with
  // the shipped JSON Schema accepts them.
  it.each<[string, unknown]>([
    ['a subject with a space', withEvent({ subject: 'check out' })],
    ['a data.step with a space', withData({ step: 'check out' })],
    ['a time with an offset instead of Z', withEvent({ time: '2026-01-01T13:00:00+01:00' })],
    ['a nil UUID as id', withEvent({ id: '00000000-0000-0000-0000-000000000000' })],
    ['a widgetVersion of 41 characters', withData({ widgetVersion: `1.0.0-${'x'.repeat(35)}` })],
  ])('agree on %s', (_name, event) => {
    expect(answerEventSchema.safeParse(event).success).toBe(false);
    expect(accepts(jsonSchema, [event])).toBe(false);
    expect(isAnswerEvent(event)).toBe(false);
  });
});

describe('the time of an event', () => {
  const timeOf = (schema: Schema) => ((schema.items as Schema).oneOf as Schema[]).map((event) => event.properties);

  it('is a date-time in the JSON Schema, for validators that check formats', () => {
    for (const properties of timeOf(jsonSchema)) {
      expect((properties as Record<string, Schema>).time).toMatchObject({ type: 'string', format: 'date-time' });
    }
  });

  // Each passes a shape check of digits; one stored, the insights page could not draw its day.
  it.each([
    ['a month 13, a day 45 and hour 99', '2026-13-45T99:99:99Z'],
    ['the 30th of February', '2026-02-30T10:00:00Z'],
    ['the 29th of February of a common year', '2026-02-29T10:00:00Z'],
    ['hour 24', '2026-12-06T24:00:00Z'],
    ['minute 60', '2026-12-06T10:60:00Z'],
    ['a fraction that makes it longer than 40 characters', `2026-12-06T10:00:00.${'1'.repeat(20)}Z`],
  ])('is refused by zod and the JSON Schema when it has %s', (_name, time) => {
    const event = withEvent({ time });
    expect({ zod: answerBatchSchema.safeParse([event]).success, jsonSchema: accepts(jsonSchema, [event]) }).toEqual({
      zod: false,
      jsonSchema: false,
    });
  });

  // What the widget writes: `new Date(epochMs).toISOString()`.
  it.each([0, Date.UTC(2028, 1, 29, 23, 59, 59, 999), Date.UTC(2026, 11, 31, 12), Date.now()])(
    'is accepted as toISOString writes it (epoch ms %d)',
    (ms) => {
      const event = withEvent({ time: new Date(ms).toISOString() });
      expect({
        zod: answerBatchSchema.safeParse([event]).success,
        jsonSchema: accepts(jsonSchema, [event]),
        browser: isAnswerEvent(event),
      }).toEqual({ zod: true, jsonSchema: true, browser: true });
    },
  );
});

describe('the length of a step name', () => {
  // The JSON Schema's pattern is matched in Unicode mode, counting code points; zod must count the same.
  it.each([
    ['64 characters outside the BMP', '🛒'.repeat(64), true],
    ['65 characters outside the BMP', '🛒'.repeat(65), false],
    ['40 characters outside the BMP as data.step', '🛒'.repeat(40), true],
  ])('is counted in code points by zod and the JSON Schema alike: %s', (_name, step, expected) => {
    const event = withData({ step });
    const asSubject = withEvent({ subject: step });
    expect({
      zod: answerBatchSchema.safeParse([event]).success,
      jsonSchema: accepts(jsonSchema, [event]),
      zodSubject: answerBatchSchema.safeParse([asSubject]).success,
      jsonSchemaSubject: accepts(jsonSchema, [asSubject]),
    }).toEqual({ zod: expected, jsonSchema: expected, zodSubject: expected, jsonSchemaSubject: expected });
  });
});
