// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type AnswerInput, buildAnswerEvent } from '../../../src/event/build-answer.ts';
import { ANSWER_EVENT_TYPE } from '../../../src/shared/answer.ts';
import { WIDGET_VERSION } from '../../../src/shared/version.ts';
import { answerEventSchema } from '../../../src/wire/answer-event.ts';
import { uuid } from '../support/fixtures.ts';

const packageJson = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('../../../package.json')), 'utf8')) as {
  version: string;
};

const input: AnswerInput = {
  step: 'checkout',
  instrument: 'feeling',
  rating: 4,
  emotions: ['relieved', 'happy'],
  comment: '  Quick and clear.  ',
};
const context = {
  id: uuid(1),
  site: 'acme-shop',
  time: Date.UTC(2026, 10, 22, 14, 3, 11, 482),
  page: '/checkout/done',
  locale: 'en-GB',
};

describe('buildAnswerEvent', () => {
  it('builds exactly the CloudEvents envelope', () => {
    const event = buildAnswerEvent(input, context);
    expect(Object.keys(event ?? {})).toEqual([
      'specversion',
      'id',
      'source',
      'type',
      'time',
      'subject',
      'datacontenttype',
      'data',
    ]);
    expect(event).toMatchObject({
      specversion: '1.0',
      id: context.id,
      source: 'acme-shop',
      type: ANSWER_EVENT_TYPE,
      subject: 'checkout',
      datacontenttype: 'application/json',
    });
  });

  it('builds exactly the data fields', () => {
    expect(buildAnswerEvent(input, context)?.data).toStrictEqual({
      step: 'checkout',
      instrument: 'feeling',
      scale: { min: 1, max: 5 },
      rating: 4,
      emotions: ['relieved', 'happy'],
      comment: 'Quick and clear.',
      page: '/checkout/done',
      locale: 'en-GB',
      widgetVersion: WIDGET_VERSION,
    });
  });

  it.each([
    ['effort', 7, { min: 1, max: 7 }],
    ['satisfaction', 5, { min: 1, max: 5 }],
  ] as const)('sends the %s instrument with its scale', (instrument, rating, scale) => {
    expect(buildAnswerEvent({ ...input, instrument, rating }, context)?.data).toMatchObject({
      instrument,
      scale,
      rating,
    });
  });

  it('refuses a rating off the scale of its instrument', () => {
    expect(buildAnswerEvent({ ...input, instrument: 'satisfaction', rating: 6 }, context)).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['an instrument it does not know', { instrument: 'nps' }, {}],
    ['one on a polluted Object.prototype', { instrument: 'toString' }, {}],
    ['a time that is no time', {}, { time: Number.NaN }],
    ['no comment at all', { comment: undefined }, {}],
    ['an address that is no text', { contact: 42 }, {}],
  ])('gives undefined, never a throw, for %s (from JavaScript no type checked)', (_name, answer, more) => {
    expect(buildAnswerEvent({ ...input, ...answer } as AnswerInput, { ...context, ...more })).toBeUndefined();
  });

  it('leaves out page and locale when they are not given (Global Privacy Control)', () => {
    const data = buildAnswerEvent(input, { id: context.id, site: context.site, time: context.time })?.data;
    expect(data).toBeDefined();
    expect(Object.keys(data ?? {})).not.toContain('page');
    expect(Object.keys(data ?? {})).not.toContain('locale');
  });

  it('writes the time as an ISO 8601 UTC string from epoch ms', () => {
    expect(buildAnswerEvent(input, context)?.time).toBe('2026-11-22T14:03:11.482Z');
  });

  it.each(['', '   ', '\n\t '])('omits a blank comment (%j)', (comment) => {
    const data = buildAnswerEvent({ ...input, comment }, context)?.data;
    expect(data).toBeDefined();
    expect(Object.keys(data ?? {})).not.toContain('comment');
  });

  it('copies the emotions in the order they were chosen', () => {
    expect(buildAnswerEvent({ ...input, emotions: ['happy', 'relieved'] }, context)?.data.emotions).toEqual([
      'happy',
      'relieved',
    ]);
  });

  it('sends an empty list when no emotion was chosen', () => {
    expect(buildAnswerEvent({ ...input, emotions: [] }, context)?.data.emotions).toEqual([]);
  });

  it('sends the version in package.json', () => {
    expect(WIDGET_VERSION).toBe(packageJson.version);
    expect(buildAnswerEvent(input, context)?.data.widgetVersion).toBe(packageJson.version);
  });

  it('builds an event that the published schema accepts', () => {
    expect(answerEventSchema.safeParse(buildAnswerEvent(input, context)).success).toBe(true);
  });

  it.each<[string, Partial<AnswerInput>, Partial<typeof context>]>([
    ['rating 0', { rating: 0 }, {}],
    ['rating 6', { rating: 6 }, {}],
    ['rating 2.5', { rating: 2.5 }, {}],
    ['11 emotions', { emotions: Array.from({ length: 11 }, (_, i) => `word${i}`) }, {}],
    ['an empty emotion word', { emotions: [''] }, {}],
  ])('returns undefined for %s', (_name, inputChange, contextChange) => {
    expect(buildAnswerEvent({ ...input, ...inputChange }, { ...context, ...contextChange })).toBeUndefined();
  });

  it('cuts a longer comment to the 1000 characters an answer carries, rather than lose the answer', () => {
    expect(buildAnswerEvent({ ...input, comment: 'x'.repeat(1001) }, context)?.data.comment).toHaveLength(1000);
  });

  // Its parts come from checked places (the step name, the page option, the locale resolver); what
  // the prompt hands over, it checks itself. Every answer it builds, the endpoint's schema accepts.
  it.each<[string, Partial<AnswerInput>, Partial<typeof context>]>([
    [
      'the longest of everything',
      { comment: 'é'.repeat(1000), emotions: Array.from({ length: 10 }, () => 'w'.repeat(40)) },
      { page: `/${'p'.repeat(2047)}`, locale: 'x'.repeat(35) },
    ],
    ['the least', { comment: '', emotions: [] }, { page: undefined, locale: undefined }],
    ['effort at its ends', { instrument: 'effort', rating: 1 }, {}],
    ['satisfaction at its top', { instrument: 'satisfaction', rating: 5 }, {}],
    ['a step of 64 characters', { step: 's'.repeat(64) }, {}],
  ])('builds an event the published schema accepts: %s', (_name, inputChange, contextChange) => {
    const event = buildAnswerEvent({ ...input, ...inputChange }, { ...context, ...contextChange });
    expect(answerEventSchema.safeParse(event).success).toBe(true);
  });

  it('accepts a comment of exactly 1000 characters once trimmed', () => {
    const comment = ` ${'x'.repeat(1000)} `;
    expect(buildAnswerEvent({ ...input, comment }, context)?.data.comment).toHaveLength(1000);
  });
});
