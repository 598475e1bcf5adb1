/**
 * What every event is on the wire, shared by the browser code that builds it and the zod schema
 * (src/wire/) that servers validate it with: CloudEvents 1.0 events, sent in a JSON array.
 */
export const ANSWER_EVENT_TYPE = 'feelback.answer.v1';
/** The shopper took the help offered after a low answer; `subject` is that answer's id. */
export const RECOVERY_EVENT_TYPE = 'feelback.recovery.v1';
export const BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json';

/** How a shopper took the help: a link opened, a phone number called, or the site's own event. */
export const RECOVERY_ACTIONS = ['link', 'phone', 'event'] as const;
export type RecoveryAction = (typeof RECOVERY_ACTIONS)[number];

/**
 * A step name travels as CloudEvents `subject`: short, no whitespace or control characters
 * (written out, so the JSON Schema carries the same pattern).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: excluding control characters is the point.
export const STEP_NAME = /^[^\s\0-\x1f\x7f-\x9f]{1,64}$/;

/**
 * A contact address: what a browser's `<input type=email>` accepts (HTML's "valid e-mail
 * address"), so no typed address is refused later. Here beside the step name, as the widget
 * checks it where it builds an answer.
 */
export const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

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
  /** RFC 5321's longest forward path, less its angle brackets. */
  email: 254,
} as const;
