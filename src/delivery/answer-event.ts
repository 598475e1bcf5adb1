/** The answer event as the browser builds it; its definition is the zod schema in src/wire/. */
export type { AnswerData, AnswerEvent } from '../wire/answer-event.js';
