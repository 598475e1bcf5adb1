/**
 * What every answer is on the wire, shared by the browser code that builds it and the zod schema
 * (src/wire/) that servers validate it with: a CloudEvents 1.0 event, sent in a JSON array.
 */
export const ANSWER_EVENT_TYPE = 'feelback.answer.v1';
export const BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json';

/**
 * A step name travels as CloudEvents `subject`: short, no whitespace or control characters
 * (written out, so the JSON Schema carries the same pattern).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: excluding control characters is the point.
export const STEP_NAME = /^[^\s\0-\x1f\x7f-\x9f]{1,64}$/;

/** The longest text each field may carry. */
export const LIMITS = {
  source: 100,
  comment: 1000,
  page: 2048,
  locale: 35,
  emotions: 10,
  emotion: 40,
  question: 200,
  version: 40,
} as const;
