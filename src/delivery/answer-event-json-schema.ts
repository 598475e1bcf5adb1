import { INSTRUMENT_NAMES, INSTRUMENTS } from '../journey/instruments.js';
import { ANSWER_EVENT_TYPE, PATTERNS } from './answer-event.js';

const string = (extra: object = {}) => ({ type: 'string', minLength: 1, ...extra });

/**
 * The JSON Schema of one request body, shipped as dist/answer-event.schema.json for people who
 * write endpoints. Written out by hand because our zod schema uses refinements (kept small for
 * the script tag) that zod cannot translate; it reuses the same patterns, and a unit test checks
 * that both accept and reject alike.
 */
export function answerEventJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'feelback answer batch',
    description: `A JSON array of CloudEvents 1.0 events of type ${ANSWER_EVENT_TYPE}.`,
    type: 'array',
    items: {
      type: 'object',
      required: ['specversion', 'id', 'source', 'type', 'time', 'subject', 'datacontenttype', 'data'],
      properties: {
        specversion: { const: '1.0' },
        id: string({
          pattern: PATTERNS.uuid.source,
          description: 'Stable per answer; the same on every retry. Deduplicate on it.',
        }),
        source: string({ maxLength: 100, description: 'The `site` option.' }),
        type: { const: ANSWER_EVENT_TYPE },
        time: string({ pattern: PATTERNS.time.source, description: 'When the shopper answered (RFC 3339, UTC).' }),
        subject: string({ pattern: PATTERNS.step.source, description: 'The journey step.' }),
        datacontenttype: { const: 'application/json' },
        data: {
          type: 'object',
          required: ['step', 'instrument', 'scale', 'rating', 'emotions', 'widgetVersion'],
          // The scale is that of the instrument, and the rating lies on it.
          oneOf: INSTRUMENT_NAMES.map((name) => ({
            properties: {
              instrument: { const: name },
              scale: { const: INSTRUMENTS[name] },
              rating: { minimum: INSTRUMENTS[name].min, maximum: INSTRUMENTS[name].max },
            },
          })),
          properties: {
            step: string({ pattern: PATTERNS.step.source }),
            instrument: {
              enum: INSTRUMENT_NAMES,
              description: 'feeling (five faces), effort (CES, 7-point agree scale) or satisfaction (CSAT).',
            },
            scale: {
              type: 'object',
              required: ['min', 'max'],
              properties: { min: { type: 'integer' }, max: { type: 'integer' } },
              description: "The instrument's bounds; never average answers of different scales.",
            },
            rating: {
              type: 'integer',
              minimum: 1,
              maximum: 7,
              description: 'min = most negative, max = most positive.',
            },
            emotions: { type: 'array', maxItems: 10, items: string({ maxLength: 40 }) },
            comment: string({ maxLength: 1000, description: 'Present only when the shopper wrote one.' }),
            page: string({
              maxLength: 2048,
              pattern: PATTERNS.page.source,
              description: 'location.pathname; never a query. Absent under Global Privacy Control.',
            }),
            locale: string({
              maxLength: 35,
              description: 'BCP 47 tag of the shopper. Absent under Global Privacy Control.',
            }),
            widgetVersion: string({ maxLength: 40, pattern: PATTERNS.version.source }),
          },
        },
      },
    },
  };
}
