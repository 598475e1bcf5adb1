import { INSTRUMENTS, type Instrument } from '../journey/instruments.js';
import { WIDGET_VERSION } from '../version.js';
import { ANSWER_EVENT_TYPE, type AnswerEvent, getAnswerEventSchema } from './answer-event.js';

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
 * Builds the wire event for one answer, validated on the way out so nothing malformed is ever
 * stored or sent. Returns undefined rather than throwing; the caller reports it.
 */
export function buildAnswerEvent({ step, instrument, rating, emotions, comment }: AnswerInput, context: AnswerContext) {
  const text = comment.trim();
  const result = getAnswerEventSchema().safeParse({
    specversion: '1.0',
    id: context.id,
    source: context.site,
    type: ANSWER_EVENT_TYPE,
    time: new Date(context.time).toISOString(),
    subject: step,
    datacontenttype: 'application/json',
    data: {
      step,
      instrument,
      // The bounds travel with every answer, so answers on different scales are never mixed up.
      scale: INSTRUMENTS[instrument],
      rating,
      emotions,
      // Only when given: an empty comment is no comment.
      ...(text && { comment: text }),
      ...(context.page !== undefined && { page: context.page }),
      ...(context.locale !== undefined && { locale: context.locale }),
      widgetVersion: WIDGET_VERSION,
    },
  });
  return result.success ? (result.data satisfies AnswerEvent) : undefined;
}
