import * as z from 'zod';
import { ANSWER_EVENT_TYPE, LIMITS, RECOVERY_EVENT_TYPE } from '../shared/answer.js';
import { INSTRUMENT_NAMES, INSTRUMENTS, type Instrument } from '../shared/instruments.js';
import { PATTERNS } from '../shared/patterns.js';
import { cloudEvent, contextFields, step, text, uuid } from './fields.js';
import { recoveryEventSchema } from './recovery-event.js';

/*
 * The one definition of what an endpoint receives. Its types are the browser code's types, the
 * JSON Schema in dist/ is generated from it, and servers (our collector, and sites' endpoints
 * through `feelback/schema`) validate every batch with it. Browser bundles never import it.
 */

/** An address the shopper typed and agreed to be contacted at about this answer. */
const contact = z
  .object({
    email: z.string().max(LIMITS.email).regex(PATTERNS.email),
    consent: z.literal(true).describe('The shopper ticked "May we contact you about this?".'),
  })
  .describe('Present only when the shopper ticked consent and gave an address.');

/** The fields every answer has, whatever it was asked on. */
const answerFields = {
  ...contextFields,
  step: step.describe('The journey step, as `subject`.'),
  emotions: z.array(text(LIMITS.emotion)).max(LIMITS.emotions).describe('Words the shopper picked; may be empty.'),
  comment: text(LIMITS.comment).optional().describe('Present only when the shopper wrote one (trimmed).'),
  partial: z
    .literal(true)
    .optional()
    .describe('A rating chosen, then the prompt closed, left idle or its page left: not a sent answer.'),
  replaces: uuid
    .optional()
    .describe(
      'The id of an earlier partial answer of this prompt, which this answer (or partial answer, after a changed face) replaces: count only what nothing replaces. It may arrive before, after, or never.',
    ),
  contact: contact.optional(),
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

/** One answer: a CloudEvents 1.0 event about a journey step. */
export const answerEventSchema = cloudEvent(ANSWER_EVENT_TYPE, step, answerDataSchema);

export type AnswerEvent = z.output<typeof answerEventSchema>;
export type AnswerData = AnswerEvent['data'];

/** Any event the widget sends, told apart by its CloudEvents `type`. */
export const feelbackEventSchema = z.discriminatedUnion('type', [answerEventSchema, recoveryEventSchema]);

/** One request body: what an endpoint receives. Answers and recoveries may share a batch. */
export const answerBatchSchema = z
  .array(feelbackEventSchema)
  .describe(`A JSON array of CloudEvents 1.0 events of type ${ANSWER_EVENT_TYPE} or ${RECOVERY_EVENT_TYPE}.`);

export type FeelbackEvent = z.output<typeof feelbackEventSchema>;
export type AnswerBatch = z.output<typeof answerBatchSchema>;
