export type { FeelbackConfig, ResolvedConfig } from './config/schema.js';
export { createFeelback } from './create-feelback.js';
export { answerBatchSchema, answerEventSchema } from './delivery/answer-batch.js';
export {
  ANSWER_EVENT_TYPE,
  type AnswerData,
  type AnswerEvent,
  BATCH_CONTENT_TYPE,
} from './delivery/answer-event.js';
export type { ErrorCode, EventName, FeelbackEvents, Listener } from './events/emitter.js';
export type { AskContext, Feelback } from './feelback.js';
export { WIDGET_VERSION } from './version.js';
