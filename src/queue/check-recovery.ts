import { RECOVERY_ACTIONS, RECOVERY_EVENT_TYPE, type RecoveryAction, STEP_NAME } from '../shared/answer.js';
import { isRecord, isText } from '../shared/checks.js';
import { PATTERNS } from '../shared/patterns.js';
import type { RecoveryEvent } from '../wire/recovery-event.js';
import { hasContext, isEnvelope } from './check-answer.js';

/**
 * Whether a value is a recovery event by the rules of the zod schema (src/wire/), checked by hand
 * like `isAnswerEvent`, for the widget code that builds and stores one. A unit test holds the two
 * to the same verdicts.
 */
export function isRecoveryEvent(value: unknown): value is RecoveryEvent {
  if (!isRecord(value) || !isRecord(value.data)) return false;
  const { data } = value;
  return (
    isEnvelope(value, RECOVERY_EVENT_TYPE, (subject) => isText(subject, 36, PATTERNS.uuid)) &&
    isText(data.step, 64, STEP_NAME) &&
    RECOVERY_ACTIONS.includes(data.action as RecoveryAction) &&
    hasContext(data)
  );
}
