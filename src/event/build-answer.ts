import { ANSWER_EVENT_TYPE, EMAIL, LIMITS } from '../shared/answer.js';
import { isText, isTexts, isWhole, own } from '../shared/checks.js';
import { INSTRUMENTS, type Instrument } from '../shared/instruments.js';
import { WIDGET_VERSION } from '../shared/version.js';
import type { AnswerEvent } from '../wire/answer-event.js';

export interface AnswerInput {
  step: string;
  instrument: Instrument;
  rating: number;
  emotions: readonly string[];
  comment: string;
  /** The address the shopper gave after ticking "May we contact you about this?"; absent otherwise. */
  contact?: string | undefined;
}

export interface AnswerContext {
  id: string;
  site: string;
  /** Epoch ms when the shopper answered. */
  time: number;
  /** Left out under Global Privacy Control, like `locale`. */
  page?: string;
  locale?: string;
  /** A rating chosen and the prompt left before Send (never with a comment or contact). */
  partial?: boolean;
  /** The id of this prompt's earlier partial answer, which this one replaces (it may arrive before, after, or never). */
  replaces?: string | undefined;
}

/**
 * Builds the wire event for one answer. Its parts come from checked places (the config, the
 * step name, the page option, the locale resolver), so this makes sure of what the prompt hands
 * over: a rating off its instrument's scale, words that are not words, or an address that is not
 * one give undefined rather than an event an endpoint would refuse; a comment is cut to what an
 * answer carries. A unit test
 * holds its events to the zod schema (src/wire/).
 */
export function buildAnswerEvent(
  { step, instrument, rating, emotions, comment, contact }: AnswerInput,
  context: AnswerContext,
): AnswerEvent | undefined {
  // From JavaScript that no type checked (a checkout extension's), anything may come: never a throw.
  const scale = own(INSTRUMENTS, instrument);
  const email = typeof contact === 'string' ? contact.trim() : contact;
  if (
    !scale ||
    typeof comment !== 'string' ||
    !Number.isFinite(context.time) ||
    !isWhole(rating, scale.min, scale.max) ||
    !isTexts(emotions, LIMITS.emotions, LIMITS.emotion) ||
    (email !== undefined && !isText(email, LIMITS.email, EMAIL))
  )
    return undefined;
  // A partial answer is what the shopper chose, never what they had not sent yet.
  const text = !context.partial && comment.trim().slice(0, LIMITS.comment).trim();
  return {
    specversion: '1.0',
    id: context.id,
    source: context.site,
    type: ANSWER_EVENT_TYPE,
    time: new Date(context.time).toISOString(),
    subject: step,
    datacontenttype: 'application/json',
    data: {
      step,
      // The bounds travel with every answer, so answers on different scales are never mixed up.
      instrument,
      scale: { min: scale.min, max: scale.max },
      rating,
      emotions: [...emotions],
      // Only when given: an empty comment is no comment.
      ...(text && { comment: text }),
      ...(context.partial && { partial: true }),
      ...(context.replaces && { replaces: context.replaces }),
      // Only with the shopper's consent, which the event records.
      ...(email && !context.partial && { contact: { email, consent: true } }),
      ...(context.page !== undefined && { page: context.page }),
      ...(context.locale !== undefined && { locale: context.locale }),
      widgetVersion: WIDGET_VERSION,
    } as AnswerEvent['data'],
  };
}
