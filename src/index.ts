export type { AskContext } from './config/check-context.js';
export type {
  ColorScheme,
  DeliveryOptions,
  EtiquetteOptions,
  FeelbackConfig,
  PageOption,
  Placement,
  ResolvedConfig,
  StepRules,
  StringsConfig,
  ThemeOverrides,
  TriggerRule,
} from './config/config.js';
export type { ThemeToken } from './config/theme-tokens.js';
export type { DismissReason, ErrorCode, EventName, FeelbackEvents, Listener } from './events/emitter.js';
export { createFeelback } from './instance/create-feelback.js';
export type { Feelback } from './instance/feelback-api.js';
export { ANSWER_EVENT_TYPE, BATCH_CONTENT_TYPE } from './shared/answer.js';
export type { Instrument } from './shared/instruments.js';
export { WIDGET_VERSION } from './shared/version.js';
export type { AnswerData, AnswerEvent } from './wire/answer-event.js';
