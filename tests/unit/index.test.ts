// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('the package entry', () => {
  it('exports exactly the public API', async () => {
    expect(Object.keys(await import('../../src/index.ts')).sort()).toEqual([
      'ANSWER_EVENT_TYPE',
      'BATCH_CONTENT_TYPE',
      'WIDGET_VERSION',
      'answerBatchSchema',
      'answerEventSchema',
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
