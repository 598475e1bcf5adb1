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
  /** The event's id: the same on every try of the same answer, so the endpoint keeps it once. */
  id: string;
  step: string;
  rating: number;
  comment: string;
  locale: string | undefined;
}

/** A request that takes longer than this is given up (the buyer may send again), as the widget's default. */
const TIMEOUT_MS = 10_000;

/**
 * Posts one answer as the widget would: the same CloudEvent (built by feelback's own code) in a
 * one-event batch, to the endpoint and nowhere else (a redirect counts as a failure, never
 * followed), without cookies, given up after a while. Resolves to whether the endpoint took it
 * (2xx); never rejects.
 */
export async function postAnswer(
  to: { endpoint: string; site: string },
  answer: Answer,
  { fetch, now }: Pick<Sender, 'fetch' | 'now'>,
): Promise<boolean> {
  const event = buildAnswerEvent(
    { step: answer.step, instrument: 'feeling', rating: answer.rating, emotions: [], comment: answer.comment },
    { id: answer.id, site: to.site, time: now(), ...(answer.locale && { locale: answer.locale }) },
  );
  if (!event) return false;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(to.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': BATCH_CONTENT_TYPE },
      body: JSON.stringify([event]),
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: timeout.signal,
    });
    return response.ok && !response.redirected && response.type !== 'opaqueredirect';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
