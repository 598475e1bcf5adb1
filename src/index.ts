export type { AskContext } from './config/check-context.js';
export type { FeelbackConfig, ResolvedConfig } from './config/config.js';
export type { ErrorCode, EventName, FeelbackEvents, Listener } from './events/emitter.js';
export { createFeelback } from './instance/create-feelback.js';
export type { Feelback } from './instance/feelback.js';
export { ANSWER_EVENT_TYPE, BATCH_CONTENT_TYPE } from './shared/answer.js';
export { WIDGET_VERSION } from './shared/version.js';
export type { AnswerData, AnswerEvent } from './wire/answer-event.js';
