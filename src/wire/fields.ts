import * as z from 'zod';
import { LIMITS, STEP_NAME } from '../shared/answer.js';
import { PATTERNS } from '../shared/patterns.js';

/** The pieces every feelback event is made of, shared by the answer and the recovery event. */

/** The longest time the browser's check of stored answers lets through. */
const TIME_MAX = 40;

export const text = (max: number) => z.string().min(1).max(max);
/**
 * Matched in Unicode mode, so its length counts code points as the JSON Schema's pattern does.
 * The browser's checks count UTF-16 units: they accept less than this, never more.
 */
export const step = z.string().regex(new RegExp(STEP_NAME.source, 'u'));
export const uuid = z.string().regex(PATTERNS.uuid);

/** Where and for whom: the same on every event of an answer. */
export const contextFields = {
  step: step.describe('The journey step.'),
  page: text(LIMITS.page)
    .regex(PATTERNS.page)
    .optional()
    .describe(
      'The page path (or what the `page` option made of it); never a query. Absent under Global Privacy Control.',
    ),
  locale: text(LIMITS.locale).optional().describe('BCP 47 tag of the shopper. Absent under Global Privacy Control.'),
  widgetVersion: text(LIMITS.version).regex(PATTERNS.version),
};

/** A CloudEvents 1.0 event of `type` about `subject`, carrying `data`. */
export const cloudEvent = <T extends string, S extends z.ZodType, D extends z.ZodType>(type: T, subject: S, data: D) =>
  z.object({
    specversion: z.literal('1.0'),
    id: uuid.describe('Stable per event; the same on every retry. Deduplicate on it.'),
    source: text(LIMITS.source).describe('The `site` option.'),
    type: z.literal(type),
    // A real date and time (no 30th of February), not only its shape: the insights draw its day.
    time: z.iso.datetime().max(TIME_MAX).describe('When it happened (RFC 3339, UTC).'),
    subject,
    datacontenttype: z.literal('application/json'),
    data,
  });
