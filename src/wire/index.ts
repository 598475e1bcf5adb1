/**
 * `feelback/schema`: the wire format for servers. Validate every batch your endpoint receives
 * with `answerBatchSchema` (zod); no browser bundle of feelback contains this module.
 */
export { ANSWER_EVENT_TYPE, BATCH_CONTENT_TYPE } from '../shared/answer.js';
export { INSTRUMENTS } from '../shared/instruments.js';
export {
  type AnswerBatch,
  type AnswerData,
  type AnswerEvent,
  answerBatchSchema,
  answerDataSchema,
  answerEventSchema,
} from './answer-event.js';
export { answerBatchJsonSchema } from './json-schema.js';
