import * as z from 'zod/mini';
import { answerEventSchema } from './answer-event.js';

/** One request body: what an endpoint receives. For endpoints written in TypeScript. */
export const answerBatchSchema = z.array(answerEventSchema);
