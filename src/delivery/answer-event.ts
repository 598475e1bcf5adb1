import * as z from 'zod/mini';
import { exactly, integer, lazy, oneOf, text, texts } from '../config/checks.js';
import { STEP_NAME } from '../config/schema.js';
import { INSTRUMENT_NAMES, INSTRUMENTS, type Instrument } from '../journey/instruments.js';

interface Scale {
  min: number;
  max: number;
}

/** Every answer travels as one CloudEvents 1.0 event; a request carries a JSON array of them. */
export const ANSWER_EVENT_TYPE = 'feelback.answer.v1';
export const BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json';

/** Shared with the shipped JSON Schema, so both accept exactly the same events. */
export const PATTERNS = {
  uuid: /^[\da-fA-F]{8}-[\da-fA-F]{4}-[1-8][\da-fA-F]{3}-[89abAB][\da-fA-F]{3}-[\da-fA-F]{12}$/,
  time: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/,
  step: STEP_NAME,
  page: /^[^?#]*$/,
  version: /^\d+\.\d+\.\d+/,
};
/** The bounds are those of the instrument, and the rating lies between them. */
const onScale = ({ instrument, scale, rating }: { instrument: Instrument; scale: Scale; rating: number }) => {
  const { min, max } = INSTRUMENTS[instrument];
  return scale.min === min && scale.max === max && rating >= min && rating <= max;
};

const makeAnswerEventSchema = () => {
  const step = text(64, STEP_NAME);
  const data = z.object({
    step,
    instrument: oneOf(INSTRUMENT_NAMES),
    scale: z.object({ min: integer(1, 1), max: integer(5, 7) }),
    rating: integer(1, 7),
    emotions: texts(10, 40),
    comment: z.optional(text(1000)),
    /** location.pathname: never a query string or fragment. */
    page: z.optional(text(2048, PATTERNS.page)),
    locale: z.optional(text(35)),
    widgetVersion: text(40, PATTERNS.version),
  });
  return z.object({
    specversion: exactly('1.0'),
    id: text(36, PATTERNS.uuid),
    source: text(100),
    type: exactly(ANSWER_EVENT_TYPE),
    time: text(40, PATTERNS.time),
    subject: step,
    datacontenttype: exactly('application/json'),
    data: data.check(z.refine(onScale, { message: 'expected a rating on the scale of its instrument' })),
  });
};

/** The schema of one answer event, built on first use. */
export const getAnswerEventSchema = lazy(makeAnswerEventSchema);

export type AnswerEvent = z.output<ReturnType<typeof makeAnswerEventSchema>>;
export type AnswerData = AnswerEvent['data'];
