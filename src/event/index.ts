/**
 * `feelback/event`: builds an answer's CloudEvent exactly as the widget does, and the request's
 * `Idempotency-Key`, for places where the widget cannot run but the same payload must reach the
 * same endpoint (Shopify's checkout UI extensions, integrations/shopify/). No browser global, no
 * storage, no zod.
 */
export { ANSWER_EVENT_TYPE, BATCH_CONTENT_TYPE } from '../shared/answer.js';
export { idempotencyKey } from '../shared/idempotency-key.js';
export { INSTRUMENTS, type Instrument } from '../shared/instruments.js';
export type { AnswerData, AnswerEvent } from '../wire/answer-event.js';
export { type AnswerContext, type AnswerInput, buildAnswerEvent } from './build-answer.js';
