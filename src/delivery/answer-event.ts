import * as z from 'zod/mini';
import { exactly, integer, text, texts } from '../config/checks.js';
import { STEP_NAME } from '../config/schema.js';

/** Every answer travels as one CloudEvents 1.0 event; a request carries a JSON array of them. */
export const ANSWER_EVENT_TYPE = 'feelback.answer.v1';
export const BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json';

const UUID = /^[\da-f]{8}-[\da-f]{4}-[1-8][\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/i;
const RFC3339_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
const step = text(64, STEP_NAME);

export const answerDataSchema = z.object({
  step,
  instrument: exactly('feeling'),
  rating: integer(1, 5),
  emotions: texts(10, 40),
  comment: z.optional(text(1000)),
  /** location.pathname: never a query string or fragment. */
  page: text(2048, /^[^?#]*$/),
  locale: text(35),
  widgetVersion: text(40, /^\d+\.\d+\.\d+/),
});

export const answerEventSchema = z.object({
  specversion: exactly('1.0'),
  id: text(36, UUID),
  source: text(100),
  type: exactly(ANSWER_EVENT_TYPE),
  time: text(40, RFC3339_UTC),
  subject: step,
  datacontenttype: exactly('application/json'),
  data: answerDataSchema,
});

export type AnswerData = z.output<typeof answerDataSchema>;
export type AnswerEvent = z.output<typeof answerEventSchema>;
