// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isRecoveryEvent } from '../../../src/queue/check-recovery.ts';
import { RECOVERY_EVENT_TYPE } from '../../../src/shared/answer.ts';
import { answerBatchSchema } from '../../../src/wire/answer-event.ts';
import { answerBatchJsonSchema } from '../../../src/wire/json-schema.ts';
import { type RecoveryEvent, recoveryEventSchema } from '../../../src/wire/recovery-event.ts';
import { answerEvent, uuid } from '../support/fixtures.ts';
import { accepts, type Schema } from '../support/json-schema-accepts.ts';

const jsonSchema = answerBatchJsonSchema() as Schema;
const valid: RecoveryEvent = {
  specversion: '1.0',
  id: uuid(2),
  source: 'acme-shop',
  type: 'feelback.recovery.v1',
  time: '2026-01-01T12:00:05.000Z',
  subject: uuid(1),
  datacontenttype: 'application/json',
  data: { step: 'checkout', action: 'link', page: '/checkout', locale: 'en-GB', widgetVersion: '0.1.0' },
};
const withEvent = (change: Record<string, unknown>) => ({ ...valid, ...change });
const withData = (change: Record<string, unknown>) => ({ ...valid, data: { ...valid.data, ...change } });
const withoutData = (key: string) => ({
  ...valid,
  data: Object.fromEntries(Object.entries(valid.data).filter(([k]) => k !== key)),
});

describe('the recovery event: the shopper took the help offered after a low answer', () => {
  it('has a CloudEvents type of its own', () => {
    expect(RECOVERY_EVENT_TYPE).toBe('feelback.recovery.v1');
  });

  const OPTIONAL_DATA = new Set(['page', 'locale']);
  it.each<[string, unknown, boolean]>([
    ['a valid recovery', valid, true],
    ['a phone call', withData({ action: 'phone' }), true],
    ["the site's own event", withData({ action: 'event' }), true],
    ['another action', withData({ action: 'chat' }), false],
    ...Object.keys(valid).map((key): [string, unknown, boolean] => [
      `an event without ${key}`,
      Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)),
      false,
    ]),
    ...Object.keys(valid.data).map((key): [string, unknown, boolean] => [
      `data without ${key}`,
      withoutData(key),
      OPTIONAL_DATA.has(key),
    ]),
    ['a subject that is a step, not an answer id', withEvent({ subject: 'checkout' }), false],
    ['the answer type with recovery data', withEvent({ type: 'feelback.answer.v1' }), false],
    ['specversion "banana"', withEvent({ specversion: 'banana' }), false],
    ['a page with a query', withData({ page: '/a?b' }), false],
    ['a step with a space', withData({ step: 'check out' }), false],
    ['a widgetVersion that is not semver', withData({ widgetVersion: 'v1' }), false],
  ])('agree on %s', (_name, event, expected) => {
    expect({
      jsonSchema: accepts(jsonSchema, [event]),
      zod: answerBatchSchema.safeParse([event]).success,
      browser: isRecoveryEvent(event),
    }).toEqual({ jsonSchema: expected, zod: expected, browser: expected });
  });

  it('may share a batch with answers, in any order', () => {
    const batch = [answerEvent(1), valid, answerEvent(3)];
    expect(answerBatchSchema.parse(batch)).toEqual(batch);
    expect(accepts(jsonSchema, batch)).toBe(true);
  });

  it('is no answer, and an answer is no recovery', () => {
    expect(recoveryEventSchema.safeParse(answerEvent(1)).success).toBe(false);
    expect(isRecoveryEvent(answerEvent(1))).toBe(false);
  });
});
