import { ANSWER_EVENT_TYPE } from '../shared/answer.js';
import { INSTRUMENTS, type Instrument } from '../shared/instruments.js';
import { WIDGET_VERSION } from '../shared/version.js';
import type { AnswerEvent } from '../wire/answer-event.js';
import { isAnswerEvent } from './check-answer.js';

export interface AnswerInput {
  step: string;
  instrument: Instrument;
  rating: number;
  emotions: readonly string[];
  comment: string;
}

export interface AnswerContext {
  id: string;
  site: string;
  /** Epoch ms when the shopper answered. */
  time: number;
  /** Left out under Global Privacy Control, like `locale`. */
  page?: string;
  locale?: string;
}

/**
 * Builds the wire event for one answer, checked on the way out so nothing malformed is ever
 * stored or sent. Returns undefined rather than throwing; the caller reports it.
 */
export function buildAnswerEvent(
  { step, instrument, rating, emotions, comment }: AnswerInput,
  context: AnswerContext,
): AnswerEvent | undefined {
  const scale = INSTRUMENTS[instrument];
  const text = comment.trim();
  const event = {
    specversion: '1.0',
    id: context.id,
    source: context.site,
    type: ANSWER_EVENT_TYPE,
    time: new Date(context.time).toISOString(),
    subject: step,
    datacontenttype: 'application/json',
    data: {
      step,
      // The bounds travel with every answer, so answers on different scales are never mixed up.
      instrument,
      scale: { min: scale.min, max: scale.max },
      rating,
      emotions: [...emotions],
      // Only when given: an empty comment is no comment.
      ...(text && { comment: text }),
      ...(context.page !== undefined && { page: context.page }),
      ...(context.locale !== undefined && { locale: context.locale }),
      widgetVersion: WIDGET_VERSION,
    },
  };
  return isAnswerEvent(event) ? event : undefined;
}
