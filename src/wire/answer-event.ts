import * as z from 'zod';
import { ANSWER_EVENT_TYPE, LIMITS, STEP_NAME } from '../shared/answer.js';
import { INSTRUMENT_NAMES, INSTRUMENTS, type Instrument } from '../shared/instruments.js';
import { PATTERNS } from '../shared/patterns.js';

/*
 * The one definition of what an endpoint receives. Its types are the browser code's types, the
 * JSON Schema in dist/ is generated from it, and servers (our collector, and sites' endpoints
 * through `feelback/schema`) validate every batch with it. Browser bundles never import it.
 */

const text = (max: number) => z.string().min(1).max(max);
const step = z.string().regex(STEP_NAME);

/** The fields every answer has, whatever it was asked on. */
const answerFields = {
  step: step.describe('The journey step, as `subject`.'),
  emotions: z.array(text(LIMITS.emotion)).max(LIMITS.emotions).describe('Words the shopper picked; may be empty.'),
  comment: text(LIMITS.comment).optional().describe('Present only when the shopper wrote one (trimmed).'),
  page: text(LIMITS.page)
    .regex(PATTERNS.page)
    .optional()
    .describe(
      'The page path (or what the `page` option made of it); never a query. Absent under Global Privacy Control.',
    ),
  locale: text(LIMITS.locale).optional().describe('BCP 47 tag of the shopper. Absent under Global Privacy Control.'),
  widgetVersion: text(LIMITS.version).regex(PATTERNS.version),
};

/** One instrument's answer: its name, its bounds, and a rating on them. */
const answerOn = <I extends Instrument>(instrument: I) => {
  const { min, max } = INSTRUMENTS[instrument];
  return z.object({
    ...answerFields,
    instrument: z.literal(instrument),
    scale: z
      .object({ min: z.literal(min), max: z.literal(max) })
      .describe("The instrument's bounds; never average answers of different scales."),
    rating: z.int().min(min).max(max).describe('min = most negative, max = most positive.'),
  });
};

const [first, ...rest] = INSTRUMENT_NAMES.map(answerOn);

export const answerDataSchema = z.discriminatedUnion('instrument', [first as ReturnType<typeof answerOn>, ...rest]);

/** One answer: a CloudEvents 1.0 event. */
export const answerEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().regex(PATTERNS.uuid).describe('Stable per answer; the same on every retry. Deduplicate on it.'),
  source: text(LIMITS.source).describe('The `site` option.'),
  type: z.literal(ANSWER_EVENT_TYPE),
  time: z.string().regex(PATTERNS.time).describe('When the shopper answered (RFC 3339, UTC).'),
  subject: step,
  datacontenttype: z.literal('application/json'),
  data: answerDataSchema,
});

/** One request body: what an endpoint receives. */
export const answerBatchSchema = z
  .array(answerEventSchema)
  .describe(`A JSON array of CloudEvents 1.0 events of type ${ANSWER_EVENT_TYPE}.`);

export type AnswerEvent = z.output<typeof answerEventSchema>;
export type AnswerData = AnswerEvent['data'];
export type AnswerBatch = z.output<typeof answerBatchSchema>;
