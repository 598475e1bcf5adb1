// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isAnswerEvent } from '../../../src/queue/check-answer.ts';
import { answerBatchSchema } from '../../../src/wire/answer-event.ts';
import { answerBatchJsonSchema } from '../../../src/wire/json-schema.ts';
import { answerEvent, uuid } from '../support/fixtures.ts';
import { accepts, type Schema } from '../support/json-schema-accepts.ts';

const jsonSchema = answerBatchJsonSchema() as Schema;
const valid = answerEvent(1);
const withData = (change: Record<string, unknown>) => ({ ...valid, data: { ...valid.data, ...change } });
const recommend = (rating: unknown) => withData({ instrument: 'recommend', scale: { min: 0, max: 10 }, rating });
const email = (address: unknown) => withData({ contact: { email: address, consent: true } });
/** A local part of 64 characters and labels of 63: the longest an address may be is 254. */
const addressOf = (length: number) => {
  const domain = `${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}`;
  return `${'l'.repeat(length - domain.length - 1)}@${domain}`;
};

describe('the fields added for recommend, partial answers and contact on consent', () => {
  it.each<[string, unknown, boolean]>([
    ['a recommend answer of 0', recommend(0), true],
    ['a recommend answer of 10', recommend(10), true],
    ['a recommend answer of 11', recommend(11), false],
    ['a recommend answer of -1', recommend(-1), false],
    ['a recommend answer of 7.5', recommend(7.5), false],
    ['recommend on the scale of feeling', withData({ instrument: 'recommend', scale: { min: 1, max: 5 } }), false],
    ['feeling on the scale of recommend', withData({ scale: { min: 0, max: 10 } }), false],
    ['a partial answer', withData({ partial: true }), true],
    ['partial: false (a full answer leaves it out)', withData({ partial: false }), false],
    ['partial: "true"', withData({ partial: 'true' }), false],
    ['an answer that replaces a partial one', withData({ replaces: uuid(9) }), true],
    ['replaces that is not a UUID', withData({ replaces: 'answer-9' }), false],
    ['an empty replaces', withData({ replaces: '' }), false],
    ['a contact given with consent', email('ana@example.com'), true],
    ['a contact with a plus and a one-label domain', email('ana+shop@localhost'), true],
    ['a contact of 254 characters', email(addressOf(254)), true],
    ['a contact of 255 characters', email(addressOf(255)), false],
    ['a contact without an @', email('ana.example.com'), false],
    ['a contact with a space', email('ana @example.com'), false],
    ['a contact with a display name', email('Ana <ana@example.com>'), false],
    ['an empty contact address', email(''), false],
    ['a contact address that is a number', email(42), false],
    ['a contact without consent', withData({ contact: { email: 'ana@example.com' } }), false],
    ['a contact with consent: false', withData({ contact: { email: 'ana@example.com', consent: false } }), false],
    ['a contact without an address', withData({ contact: { consent: true } }), false],
    ['a contact that is a text', withData({ contact: 'ana@example.com' }), false],
    [
      'a partial answer with every optional field',
      withData({ partial: true, comment: 'Slow.', contact: { email: 'ana@example.com', consent: true } }),
      true,
    ],
  ])('agree on %s', (_name, event, expected) => {
    expect({
      jsonSchema: accepts(jsonSchema, [event]),
      zod: answerBatchSchema.safeParse([event]).success,
      browser: isAnswerEvent(event),
    }).toEqual({ jsonSchema: expected, zod: expected, browser: expected });
  });

  it('keeps the new fields when it parses an answer', () => {
    const event = withData({ partial: true, replaces: uuid(9), contact: { email: 'ana@example.com', consent: true } });
    expect(answerBatchSchema.parse([event])).toEqual([event]);
  });
});
