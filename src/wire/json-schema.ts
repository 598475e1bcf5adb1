import * as z from 'zod';
import { answerBatchSchema } from './answer-event.js';

/**
 * The JSON Schema of one request body, for endpoints in any language (dist/answer-event.schema.json).
 * Generated from the zod schema, so the two can never disagree. `io: 'input'`: like the zod
 * schema, it lets unknown fields through (a CloudEvents extension a proxy adds, a field a newer
 * widget sends) rather than refusing the whole batch.
 */
export const answerBatchJsonSchema = () => ({
  ...z.toJSONSchema(answerBatchSchema, { target: 'draft-2020-12', io: 'input' }),
  title: 'feelback answer batch',
});
