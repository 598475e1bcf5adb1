import { LIMITS, RECOVERY_ACTIONS, RECOVERY_EVENT_TYPE, type RecoveryAction, STEP_NAME } from '../shared/answer.js';
import { isRecord, isText, own } from '../shared/checks.js';
import { PATTERNS } from '../shared/patterns.js';
import type { RecoveryEvent } from '../wire/recovery-event.js';
import { isOptional } from './check-answer.js';

/**
 * Whether a value is a recovery event by the rules of the zod schema (src/wire/), checked by hand
 * like `isAnswerEvent`, for the widget code that builds and stores one. A unit test holds the two
 * to the same verdicts.
 */
export function isRecoveryEvent(value: unknown): value is RecoveryEvent {
  if (!isRecord(value) || !isRecord(value.data)) return false;
  const { data } = value;
  return (
    value.specversion === '1.0' &&
    isText(value.id, 36, PATTERNS.uuid) &&
    isText(value.source, LIMITS.source) &&
    value.type === RECOVERY_EVENT_TYPE &&
    isText(value.time, 40, PATTERNS.time) &&
    isText(value.subject, 36, PATTERNS.uuid) &&
    value.datacontenttype === 'application/json' &&
    isText(data.step, 64, STEP_NAME) &&
    RECOVERY_ACTIONS.includes(data.action as RecoveryAction) &&
    isOptional(own(data, 'page'), (page) => isText(page, LIMITS.page, PATTERNS.page)) &&
    isOptional(own(data, 'locale'), (locale) => isText(locale, LIMITS.locale)) &&
    isText(data.widgetVersion, LIMITS.version, PATTERNS.version)
  );
}
