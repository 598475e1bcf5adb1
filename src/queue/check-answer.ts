import { ANSWER_EVENT_TYPE, LIMITS, STEP_NAME } from '../shared/answer.js';
import { isRecord, isText, isTexts, isWhole, own } from '../shared/checks.js';
import { INSTRUMENTS, type Instrument } from '../shared/instruments.js';
import { PATTERNS } from '../shared/patterns.js';
import type { AnswerEvent } from '../wire/answer-event.js';

export const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

/** An address given with consent: `{ email, consent: true }`. */
const isContact = (value: unknown) =>
  isRecord(value) && value.consent === true && isText(value.email, LIMITS.email, PATTERNS.email);

/** A CloudEvent of ours: the envelope every event the widget sends shares, of one `type`. */
export const isEnvelope = (value: Record<string, unknown>, type: string, isSubject: (subject: unknown) => boolean) =>
  value.specversion === '1.0' &&
  isText(value.id, 36, PATTERNS.uuid) &&
  isText(value.source, LIMITS.source) &&
  value.type === type &&
  isText(value.time, 40, PATTERNS.time) &&
  isSubject(value.subject) &&
  value.datacontenttype === 'application/json';

/** The page, language and version every event's data may carry. */
export const hasContext = (data: Record<string, unknown>) =>
  isOptional(own(data, 'page'), (page) => isText(page, LIMITS.page, PATTERNS.page)) &&
  isOptional(own(data, 'locale'), (locale) => isText(locale, LIMITS.locale)) &&
  isText(data.widgetVersion, LIMITS.version, PATTERNS.version);

/**
 * Whether a value is one of our answer events by the rules of the zod schema (src/wire/), checked
 * by hand so no browser file carries zod: every event the widget builds, and every record read
 * back from IndexedDB, passes here first. A unit test holds the two to the same verdicts.
 */
export function isAnswerEvent(value: unknown): value is AnswerEvent {
  if (!isRecord(value) || !isRecord(value.data)) return false;
  const { data } = value;
  const scale = INSTRUMENTS[data.instrument as Instrument];
  return (
    isEnvelope(value, ANSWER_EVENT_TYPE, (subject) => isText(subject, 64, STEP_NAME)) &&
    isText(data.step, 64, STEP_NAME) &&
    Object.hasOwn(INSTRUMENTS, data.instrument as string) &&
    isRecord(data.scale) &&
    data.scale.min === scale.min &&
    data.scale.max === scale.max &&
    isWhole(data.rating, scale.min, scale.max) &&
    isTexts(data.emotions, LIMITS.emotions, LIMITS.emotion) &&
    isOptional(own(data, 'comment'), (comment) => isText(comment, LIMITS.comment)) &&
    isOptional(own(data, 'partial'), (partial) => partial === true) &&
    isOptional(own(data, 'replaces'), (id) => isText(id, 36, PATTERNS.uuid)) &&
    isOptional(own(data, 'contact'), isContact) &&
    hasContext(data)
  );
}
