// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('the package entry', () => {
  it('exports exactly the public API, and no zod schema (those are feelback/schema)', async () => {
    expect(Object.keys(await import('../../src/index.ts')).sort()).toEqual([
      'ANSWER_EVENT_TYPE',
      'BATCH_CONTENT_TYPE',
      'WIDGET_VERSION',
      'createFeelback',
    ]);
  });

  it('names the event type and content type', async () => {
    const api = await import('../../src/index.ts');
    expect([api.ANSWER_EVENT_TYPE, api.BATCH_CONTENT_TYPE]).toEqual([
      'feelback.answer.v1',
      'application/cloudevents-batch+json',
    ]);
  });
});

describe('feelback/schema', () => {
  it('exports the zod schemas, the JSON Schema and the constants', async () => {
    expect(Object.keys(await import('../../src/wire/index.ts')).sort()).toEqual([
      'ANSWER_EVENT_TYPE',
      'BATCH_CONTENT_TYPE',
      'INSTRUMENTS',
      'LOW_RATING_MAX',
      'RECOVERY_ACTIONS',
      'RECOVERY_EVENT_TYPE',
      'answerBatchJsonSchema',
      'answerBatchSchema',
      'answerDataSchema',
      'answerEventSchema',
      'feelbackEventSchema',
      'recoveryDataSchema',
      'recoveryEventSchema',
    ]);
  });
});
