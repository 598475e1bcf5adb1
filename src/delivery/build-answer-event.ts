import { ANSWER_EVENT_TYPE, type AnswerData, type AnswerEvent, answerEventSchema } from './answer-event.js';

export interface AnswerInput {
  step: string;
  rating: number;
  emotions: readonly string[];
  comment: string;
}

export interface AnswerContext {
  id: string;
  site: string;
  time: Date;
  page: string;
  locale: string;
  widgetVersion: string;
}

/**
 * Builds the wire event for one answer. Validated on the way out, so nothing malformed is ever
 * stored or sent; returns undefined (and the caller reports it) rather than throwing.
 */
export function buildAnswerEvent(answer: AnswerInput, context: AnswerContext): AnswerEvent | undefined {
  const comment = answer.comment.trim();
  const data: AnswerData = {
    step: answer.step,
    instrument: 'feeling',
    rating: answer.rating,
    emotions: [...answer.emotions],
    ...(comment ? { comment } : {}),
    page: context.page,
    locale: context.locale,
    widgetVersion: context.widgetVersion,
  };
  const result = answerEventSchema.safeParse({
    specversion: '1.0',
    id: context.id,
    source: context.site,
    type: ANSWER_EVENT_TYPE,
    time: context.time.toISOString(),
    subject: answer.step,
    datacontenttype: 'application/json',
    data,
  });
  return result.success ? result.data : undefined;
}
