/**
 * `feelback/schema`: the wire format for servers. Validate every batch your endpoint receives
 * with `answerBatchSchema` (zod); no browser bundle of feelback contains this module.
 */
export {
  ANSWER_EVENT_TYPE,
  BATCH_CONTENT_TYPE,
  RECOVERY_ACTIONS,
  RECOVERY_EVENT_TYPE,
  type RecoveryAction,
} from '../shared/answer.js';
export { INSTRUMENTS, LOW_RATING_MAX } from '../shared/instruments.js';
export {
  type AnswerBatch,
  type AnswerData,
  type AnswerEvent,
  answerBatchSchema,
  answerDataSchema,
  answerEventSchema,
  type FeelbackEvent,
  feelbackEventSchema,
} from './answer-event.js';
export { answerBatchJsonSchema } from './json-schema.js';
export {
  type RecoveryData,
  type RecoveryEvent,
  recoveryDataSchema,
  recoveryEventSchema,
} from './recovery-event.js';
