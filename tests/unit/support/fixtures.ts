import { newRecord, type QueuedAnswer } from '../../../src/queue/record.ts';
import type { AnswerEvent } from '../../../src/wire/answer-event.ts';
import type { RecoveryEvent } from '../../../src/wire/recovery-event.ts';

/** Where the test answers go. */
export const ENDPOINT = 'https://collect.example/answers';

/** A valid v4 UUID that sorts and reads by `n`. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

/** A valid answer event; `n` sets its id and, by default, its time (later for larger `n`). */
export function answerEvent(n: number, overrides: Partial<AnswerEvent> = {}): AnswerEvent {
  return {
    specversion: '1.0',
    id: uuid(n),
    source: 'acme-shop',
    type: 'feelback.answer.v1',
    time: new Date(Date.UTC(2026, 0, 1, 12, 0, n)).toISOString(),
    subject: 'checkout',
    datacontenttype: 'application/json',
    data: {
      step: 'checkout',
      instrument: 'feeling',
      scale: { min: 1, max: 5 },
      rating: 4,
      emotions: ['relieved'],
      page: '/checkout',
      locale: 'en-GB',
      widgetVersion: '0.1.0',
    },
    ...overrides,
  };
}

/** A partial answer (a rating chosen, the prompt left): no comment, `partial: true`. */
export const partialEvent = (n: number): AnswerEvent => {
  const event = answerEvent(n);
  return { ...event, data: { ...event.data, partial: true } };
};

/** The help taken after the answer `answerId`: its own id `n`. */
export const recoveryEvent = (n: number, answerId: string): RecoveryEvent => ({
  specversion: '1.0',
  id: uuid(n),
  source: 'acme-shop',
  type: 'feelback.recovery.v1',
  time: new Date(Date.UTC(2026, 0, 1, 12, 0, n)).toISOString(),
  subject: answerId,
  datacontenttype: 'application/json',
  data: { step: 'checkout', action: 'link', page: '/checkout', locale: 'en-GB', widgetVersion: '0.1.0' },
});

/** A queued answer for ENDPOINT, due now, stored at the answer's own time. */
export const record = (n: number, overrides: Partial<QueuedAnswer> = {}): QueuedAnswer => ({
  ...newRecord(answerEvent(n), ENDPOINT, {}),
  ...overrides,
});

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every already-settled promise chain run to its end. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

export interface FetchCall {
  url: string;
  init: RequestInit;
  /** The parsed JSON body. */
  body: unknown;
}

/** A `fetch` that records each request and answers with `respond` (default: 204). */
export function fakeFetch(respond: (call: FetchCall) => Response | Promise<Response> = () => status(204)) {
  const calls: FetchCall[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init, body: JSON.parse(String(init.body)) };
    calls.push(call);
    return respond(call);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

export const status = (code: number, body: string | null = null) => new Response(body, { status: code });
