import { BATCH_CONTENT_TYPE, buildAnswerEvent } from 'feelback/event';

/** The merchant's settings for the extension (checkout editor), unchecked. */
export interface SurveySettings {
  endpoint?: unknown;
  site?: unknown;
  privacy_url?: unknown;
}

/** What sending needs from the world, passed in. */
export interface Sender {
  fetch: typeof fetch;
  uuid(): string;
  now(): number;
}

/** An https URL, or http on this machine (a local endpoint while developing): what browsers count as secure. */
const isSecureUrl = (value: unknown): value is string => {
  try {
    const url = new URL(value as string);
    return (
      url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname))
    );
  } catch {
    return false;
  }
};

/** The endpoint and site to send to, or undefined when the merchant has not set them (yet): then nothing shows. */
export function readSettings({ endpoint, site, privacy_url: privacy }: SurveySettings) {
  if (!isSecureUrl(endpoint) || typeof site !== 'string' || !site.trim() || site.length > 100) return undefined;
  return { endpoint, site, privacyUrl: isSecureUrl(privacy) ? privacy : undefined };
}

export interface Answer {
  step: string;
  rating: number;
  comment: string;
  locale: string | undefined;
}

/**
 * Posts one answer as the widget would: the same CloudEvent (built by feelback's own code) in a
 * one-event batch. Resolves to whether the endpoint took it (2xx); never rejects.
 */
export async function postAnswer(
  to: { endpoint: string; site: string },
  answer: Answer,
  { fetch, uuid, now }: Sender,
): Promise<boolean> {
  const event = buildAnswerEvent(
    { step: answer.step, instrument: 'feeling', rating: answer.rating, emotions: [], comment: answer.comment },
    { id: uuid(), site: to.site, time: now(), ...(answer.locale && { locale: answer.locale }) },
  );
  if (!event) return false;
  try {
    const response = await fetch(to.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': BATCH_CONTENT_TYPE },
      body: JSON.stringify([event]),
    });
    return response.ok;
  } catch {
    return false;
  }
}
