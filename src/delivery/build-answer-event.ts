import { WIDGET_VERSION } from '../version.js';
import { ANSWER_EVENT_TYPE, type AnswerEvent, getAnswerEventSchema } from './answer-event.js';

export interface AnswerInput {
  step: string;
  rating: number;
  emotions: readonly string[];
  comment: string;
}

export interface AnswerContext {
  id: string;
  site: string;
  /** Epoch ms when the shopper answered. */
  time: number;
  page: string;
  locale: string;
}

/**
 * Builds the wire event for one answer, validated on the way out so nothing malformed is ever
 * stored or sent. Returns undefined rather than throwing; the caller reports it.
 */
export function buildAnswerEvent({ step, rating, emotions, comment }: AnswerInput, context: AnswerContext) {
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
      instrument: 'feeling',
      rating,
      emotions,
      // Only when given: an empty comment is no comment.
      ...(text && { comment: text }),
      page: context.page,
      locale: context.locale,
      widgetVersion: WIDGET_VERSION,
    },
  });
  return result.success ? (result.data satisfies AnswerEvent) : undefined;
}
