import { RECOVERY_EVENT_TYPE, type RecoveryAction } from '../shared/answer.js';
import { WIDGET_VERSION } from '../shared/version.js';
import type { AnswerEvent } from '../wire/answer-event.js';
import type { RecoveryEvent } from '../wire/recovery-event.js';

/**
 * The event for help taken after `answer`: its own id, about the answer (`subject`), from the same
 * step, page and language (so it says no more about the shopper than the answer did).
 */
export function buildRecoveryEvent(
  answer: AnswerEvent,
  action: RecoveryAction,
  context: { id: string; time: number },
): RecoveryEvent {
  const { step, page, locale } = answer.data;
  return {
    specversion: '1.0',
    id: context.id,
    source: answer.source,
    type: RECOVERY_EVENT_TYPE,
    time: new Date(context.time).toISOString(),
    subject: answer.id,
    datacontenttype: 'application/json',
    data: {
      step,
      action,
      ...(page !== undefined && { page }),
      ...(locale !== undefined && { locale }),
      widgetVersion: WIDGET_VERSION,
    },
  };
}
