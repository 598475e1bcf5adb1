export type { AskContext } from './config/check-context.js';
export type { FeelbackConfig, ResolvedConfig } from './config/config.js';
export { createFeelback } from './create-feelback.js';
export type { ErrorCode, EventName, FeelbackEvents, Listener } from './events/emitter.js';
export type { Feelback } from './feelback.js';
export { ANSWER_EVENT_TYPE, BATCH_CONTENT_TYPE } from './shared/answer.js';
export { WIDGET_VERSION } from './shared/version.js';
export type { AnswerData, AnswerEvent } from './wire/answer-event.js';
