import * as z from 'zod/mini';
import { getAnswerEventSchema } from './answer-event.js';

/** One answer event, for endpoints written in TypeScript. */
export const answerEventSchema = getAnswerEventSchema();

/** One request body: what an endpoint receives. */
export const answerBatchSchema = z.array(answerEventSchema);
