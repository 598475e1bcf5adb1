import { afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { EventName } from '../../../src/events/emitter.ts';
import { en } from '../../../src/i18n/en.ts';
import type { Environment } from '../../../src/instance/environment.ts';
import { createFeelback } from '../../../src/instance/feelback.ts';
import type { Feelback } from '../../../src/instance/feelback-api.ts';
import { createEtiquetteStore, createMemoryEtiquetteStore } from '../../../src/journey/etiquette-store.ts';
import { createIdbStore, type IdbStore } from '../../../src/shared/idb-store.ts';
import type { AnswerEvent } from '../../../src/wire/answer-event.ts';
import { answerBatchSchema } from '../../../src/wire/answer-event.ts';
import { loadMessages, testEnvironment } from '../support/environment.ts';
import { deferred, type FetchCall, fakeFetch, record, status, uuid } from '../support/fixtures.ts';
import { brokenStore, freshStore, putAll, storedIds } from '../support/queue.ts';
import {
  chooseFace,
  clickClose,
  get,
  host,
  pressEscape,
  send,
  toggleWord,
  typeComment,
  widgetCount,
} from '../support/widget-dom.ts';

const config = { endpoint: 'https://collect.example/answers', site: 'acme-shop' };
const NOW = Date.UTC(2026, 10, 22, 14, 3, 11, 482);
const EVENT_NAMES: EventName[] = ['shown', 'answered', 'dismissed', 'recovery', 'delivered', 'error'];

const instances: Feelback[] = [];
let warn: MockInstance<Console['warn']>;

let testRun = 0;
const SharedChannel = globalThis.BroadcastChannel;

// The files the widget imports as it goes, imported once ahead: the first test to need one must
// not spend its few turns of `tick` on a cold import (on a busy machine that took longer).
beforeAll(async () => {
  await Promise.all([
    import('../../../src/ui/follow-up.ts'),
    import('../../../src/ui/help.ts'),
    import('../../../src/ui/scale.ts'),
    import('../../../src/queue/delivery.ts'),
    import('../../../src/journey/triggers.ts'),
    import('../../../src/instance/optional-checks.ts'),
    import('../../../src/config/messages.ts'),
  ]);
});

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  // Every test numbers its answers from uuid(1): an instance of an earlier test that finishes a
  // delivery after it was destroyed must not tell this test's tabs that uuid(1) has arrived.
  const run = ++testRun;
  vi.stubGlobal(
    'BroadcastChannel',
    class extends SharedChannel {
      constructor(name: string) {
        super(`${name}#${run}`);
      }
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  for (const instance of instances.splice(0)) instance.destroy();
  history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
});

interface Setup {
  /** Given to init right after the listeners are added; `null` leaves the instance waiting for init. */
  config?: unknown;
  respond?: (call: FetchCall) => Response | Promise<Response>;
  outbox?: IdbStore;
  environment?: Partial<Environment>;
  /** How the words of warnings and debug lines are fetched. */
  messages?: typeof loadMessages;
}

/** An instance on happy-dom's window with a fake fetch, an outbox of its own and a fixed clock. */
function setup({
  config: input = config,
  respond,
  outbox = freshStore(),
  environment,
  messages = loadMessages,
}: Setup = {}) {
  const { fetch, calls } = fakeFetch(respond);
  let ids = 0;
  const env = vi.fn(
    (): Environment =>
      testEnvironment({
        transport: () => ({ fetch, stringify: JSON.stringify }),
        outboxStore: () => outbox,
        now: () => NOW,
        uuid: () => uuid(++ids),
        ...environment,
      }),
  );
  const events: Array<[EventName, unknown]> = [];
  const fb = createFeelback(undefined, env, messages);
  instances.push(fb);
  for (const name of EVENT_NAMES) fb.on(name, (payload) => events.push([name, payload]));
  if (input !== null) fb.init(input as never); // bad configs too: init checks what it is given
  const named = <T = unknown>(name: EventName) => events.filter(([n]) => n === name).map(([, p]) => p as T);
  return { fb, env, calls, outbox, events, named };
}

/** The id of the first answer sent: uuid(1) is its partial answer, written at the choice and dropped at Send. */
const ANSWER = uuid(2);

/** The events posted in one request. */
const eventsOf = (call: FetchCall | undefined) => (call?.body ?? []) as AnswerEvent[];

/** Lets every promise chain that does not wait for a timer run to its end. */
const tick = async () => {
  // A prompt waits for the etiquette state, its delay timer and the UI module: a few turns.
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Sends, and waits while the answer is being stored (the thanks replaces the form). */
async function sendAndStore() {
  send();
  // Storing goes through IndexedDB, which takes a varying number of turns on a busy machine.
  for (let turn = 0; turn < 50 && host()?.shadowRoot?.querySelector('form'); turn++) await tick();
  await tick();
}

/** Answers with a face alone, and waits while the answer is being stored. */
async function answer(rating = 4) {
  chooseFace(rating);
  await sendAndStore();
}

const warnings = () => warn.mock.calls.map((call) => String(call[0]));

describe('createFeelback with an invalid config', () => {
  it('prints exactly one warning that names the field, once its words arrived', async () => {
    setup({ config: { site: 'acme-shop' } });
    expect(warnings()).toEqual([]);
    await vi.waitFor(() =>
      expect(warnings()).toEqual([
        '[feelback] config.endpoint: missing; expected an http(s) URL or a path starting with "/". The widget stays off.',
      ]),
    );
  });

  it('renders nothing and never reads the environment', async () => {
    const { fb, env } = setup({ config: { ...config, endpoint: 'javascript:alert(1)' } });
    fb.ask('checkout');
    await tick();
    expect(host()).toBeNull();
    expect(env).not.toHaveBeenCalled();
  });

  it('warns through the same path when given directly to createFeelback', async () => {
    const fb = createFeelback({ endpoint: '/a' }, () => undefined, loadMessages);
    instances.push(fb);
    await vi.waitFor(() => expect(warnings()).toEqual([expect.stringMatching(/^\[feelback\] config\.site: /)]));
  });

  it('still names the field when its words cannot load (offline), and stays off', async () => {
    const offline = () => Promise.reject(new Error('offline'));
    const fb = createFeelback({ ...config, site: '' }, () => testEnvironment(), offline);
    instances.push(fb);
    await vi.waitFor(() =>
      expect(warnings()).toEqual(['[feelback] config.site is not valid; see the README. The widget stays off.']),
    );
    fb.ask('checkout');
    await tick();
    expect(host()).toBeNull();
    // The step passes in silence, as after any refused config.
    expect(warnings()).toHaveLength(1);
  });

  it('does not throw for a config whose getter throws, and says the config could not be read', async () => {
    const hostile = {
      ...config,
      get site(): string {
        throw new Error('boom');
      },
    };
    const { fb } = setup({ config: null });
    expect(() => fb.init(hostile)).not.toThrow();
    await tick();
    expect(warnings()).toEqual(['[feelback] config could not be read (Error: boom); the widget stays off.']);
  });
});

describe('createFeelback without a browser environment', () => {
  it('renders nothing and does not throw', () => {
    const fb = createFeelback(config, () => undefined, loadMessages);
    instances.push(fb);
    expect(() => fb.ask('checkout')).not.toThrow();
    expect(host()).toBeNull();
  });

  it('explains that the page is not secure, when there is a document', () => {
    instances.push(createFeelback(config, () => undefined, loadMessages));
    expect(warnings()).toEqual(['[feelback] this page is not https; the widget stays off.']);
  });
});

describe('createFeelback before init', () => {
  it('warns on ask, without throwing or rendering', async () => {
    const { fb } = setup({ config: null });
    expect(() => fb.ask('checkout')).not.toThrow();
    await vi.waitFor(() => expect(warnings()).toEqual(['[feelback] ask("checkout") ignored: init has not succeeded.']));
    expect(host()).toBeNull();
  });

  it('resolves flush', async () => {
    const { fb } = setup({ config: null });
    await expect(fb.flush()).resolves.toBeUndefined();
  });

  it('keeps listeners added before init', async () => {
    const { fb, named } = setup({ config: null });
    fb.init(config);
    fb.ask('checkout');
    await tick();
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
  });
});

describe('ask', () => {
  it('starts from the config given to createFeelback', async () => {
    const fb = createFeelback(config, () => testEnvironment({ now: () => NOW }), loadMessages);
    instances.push(fb);
    fb.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(warnings()).toEqual([]);
  });

  it('renders the widget and emits shown', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
  });

  it('connects to the outbox while the prompt is on screen, before the shopper sends', async () => {
    const outbox = { ...freshStore(), warm: vi.fn(async () => {}) };
    const { fb } = setup({ outbox });
    await tick();
    expect(outbox.warm).not.toHaveBeenCalled();
    fb.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(outbox.warm).toHaveBeenCalledTimes(1);
  });

  it.each<[unknown, string]>([
    ['has space', 'ask("has space"): expected a step name: 1 to 64 characters, no spaces.'],
    ['', 'ask(""): expected a step name'],
    [42, 'ask(42): expected a step name'],
  ])('warns about the step name %j and renders nothing', async (step, message) => {
    const { fb, named } = setup();
    fb.ask(step as string);
    await tick();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain(`[feelback] ${message}`);
    expect(host()).toBeNull();
    expect(named('shown')).toEqual([]);
  });

  it('shows one prompt at a time', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    fb.ask('basket');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
  });

  it('can ask again once the prompt was closed', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    await tick();
    clickClose();
    fb.ask('basket');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(named('shown')).toEqual([{ step: 'checkout' }, { step: 'basket' }]);
  });

  it.each<[string, object, object | undefined, string]>([
    ['the default question', {}, undefined, en.question],
    ['the config question', { question: 'Q-all' }, undefined, 'Q-all'],
    ['the step question', { question: 'Q-all', steps: { checkout: { question: 'Q-step' } } }, undefined, 'Q-step'],
    ['the question of another step', { steps: { basket: { question: 'Q-basket' } } }, undefined, en.question],
    ['the context question', { steps: { checkout: { question: 'Q-step' } } }, { question: 'Q-now' }, 'Q-now'],
  ])('asks %s', async (_name, options, context, question) => {
    const { fb } = setup({ config: { ...config, ...options } });
    fb.ask('checkout', context);
    await tick();
    expect(get('legend').textContent).toBe(question);
  });

  it('applies the theme to the widget', async () => {
    const { fb } = setup({ config: { ...config, theme: { brand: '#be123c' } } });
    fb.ask('checkout');
    await tick();
    expect(host()?.style.getPropertyValue('--feelback-brand')).toBe('#be123c');
  });

  it('warns about a context that is not an object, and keeps running', async () => {
    const { fb, named } = setup();
    expect(() => fb.ask('checkout', null as never)).not.toThrow();
    await vi.waitFor(() =>
      expect(warnings()).toEqual([
        `[feelback] ask("checkout"): expected a context such as { question: 'text of 1 to 200 characters' }.`,
      ]),
    );
    fb.ask('checkout');
    await tick();
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
  });
});

describe('answering', () => {
  it('emits answered with the stored event', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    await tick();
    await answer(4);
    const [answered] = named<{ event: AnswerEvent }>('answered');
    expect(answered).toEqual({ id: ANSWER, step: 'checkout', rating: 4, event: answered?.event, stored: true });
    expect(answered?.event).toMatchObject({ id: ANSWER, subject: 'checkout', time: '2026-11-22T14:03:11.482Z' });
  });

  it('posts the answer as one CloudEvents batch', async () => {
    history.replaceState(null, '', '/checkout/pay?coupon=SECRET#card');
    const { fb, calls } = setup();
    fb.ask('checkout');
    await tick();
    chooseFace(4);
    await toggleWord('relieved');
    await typeComment(' Quick and clear. ');
    await sendAndStore();
    await fb.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(config.endpoint);
    expect(answerBatchSchema.safeParse(calls[0]?.body).success).toBe(true);
    expect(calls[0]?.body).toEqual([
      {
        specversion: '1.0',
        id: ANSWER,
        source: 'acme-shop',
        type: 'feelback.answer.v1',
        time: '2026-11-22T14:03:11.482Z',
        subject: 'checkout',
        datacontenttype: 'application/json',
        data: {
          step: 'checkout',
          instrument: 'feeling',
          scale: { min: 1, max: 5 },
          rating: 4,
          emotions: ['relieved'],
          comment: 'Quick and clear.',
          // Its partial answer (the face chosen), dropped unsent as the answer was stored, is named.
          replaces: uuid(1),
          page: '/checkout/pay',
          locale: 'en-US',
          widgetVersion: '0.1.0',
        },
      },
    ]);
  });

  it('emits delivered once the endpoint acknowledged', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    await tick();
    await answer();
    await fb.flush();
    expect(named('delivered')).toEqual([{ ids: [ANSWER] }]);
  });

  it('sends the configured headers', async () => {
    const { fb, calls } = setup({ config: { ...config, delivery: { headers: { 'X-Api-Key': 'k' } } } });
    fb.ask('checkout');
    await tick();
    await answer();
    await fb.flush();
    expect(calls[0]?.init.headers).toEqual({
      'X-Api-Key': 'k',
      'Content-Type': 'application/cloudevents-batch+json',
      'Idempotency-Key': expect.stringMatching(/^[\da-f]{16}$/),
    });
  });

  it.each<[string, string | undefined, string, string]>([
    ['the config locale', 'de-de', 'fr-ca', 'de-DE'],
    ['the page lang', undefined, 'fr-ca', 'fr-CA'],
    ['the browser language', undefined, '', 'en-US'],
  ])('sends %s as data.locale', async (_name, locale, lang, expected) => {
    document.documentElement.lang = lang;
    const { fb, calls } = setup({ config: { ...config, ...(locale && { locale }) } });
    fb.ask('checkout');
    // German and French texts load as modules of their own first.
    await vi.waitFor(() => get('form'));
    await answer();
    await fb.flush();
    expect(eventsOf(calls[0])[0]?.data.locale).toBe(expected);
  });

  it('shows the thanks when online', async () => {
    const { fb } = setup();
    fb.ask('checkout');
    await tick();
    await answer();
    expect(get('[data-focus]').textContent).toBe(en.thanks);
  });

  it('says the answer is saved when offline and stored durably', async () => {
    vi.spyOn(Object.getPrototypeOf(navigator), 'onLine', 'get').mockReturnValue(false);
    const { fb } = setup({ respond: () => Promise.reject(new TypeError('offline')) });
    fb.ask('checkout');
    await tick();
    await answer();
    expect(get('[data-focus]').textContent).toBe(en.savedOffline);
  });

  it('does not claim the answer is saved when storage failed', async () => {
    vi.spyOn(Object.getPrototypeOf(navigator), 'onLine', 'get').mockReturnValue(false);
    const outbox = brokenStore();
    const { fb } = setup({ outbox, respond: () => Promise.reject(new TypeError('offline')) });
    fb.ask('checkout');
    await tick();
    await answer();
    expect(get('[data-focus]').textContent).toBe(en.thanks);
  });

  it('keeps the answer in memory and reports storage-unavailable when storage fails', async () => {
    const outbox = brokenStore();
    const { fb, named, calls } = setup({ outbox });
    fb.ask('checkout');
    await tick();
    await answer();
    await fb.flush();
    expect(named('error')).toEqual([
      {
        code: 'storage-unavailable',
        message: 'IndexedDB is unavailable (SecurityError: denied); answers are kept in memory for this page only.',
      },
    ]);
    expect(named('answered')).toMatchObject([{ stored: false }]);
    expect(calls).toHaveLength(1);
  });

  it('does not emit dismissed after an answer', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    await tick();
    await answer();
    clickClose();
    expect(named('dismissed')).toEqual([]);
  });

  // Site code must not be able to break delivery. With IndexedDB the stored record is a structured
  // clone; in the memory fallback the outbox holds the very object the listener receives.
  it('lets an answered listener ask again: its prompt takes the thank-you’s place', async () => {
    const { fb, named } = setup();
    fb.on('answered', () => fb.ask('follow-up'));
    fb.ask('checkout');
    await tick();
    await answer();
    await tick();
    expect(named('shown')).toEqual([{ step: 'checkout' }, { step: 'follow-up' }]);
    expect(widgetCount()).toBe(1);
  });

  it('does not let a listener that changes the answered event change what is sent', async () => {
    const outbox = brokenStore();
    const { fb, calls } = setup({ outbox, respond: () => status(503) });
    fb.on('answered', ({ event }) => {
      event.data.rating = 99;
    });
    fb.ask('checkout');
    await tick();
    await answer(4);
    await fb.flush();
    expect(calls.map((call) => eventsOf(call)[0]?.data.rating)).toEqual([4, 4]);
  });
});

describe('dismissing', () => {
  it('does not emit dismissed for a prompt closed while its answer is being stored', async () => {
    const storing = deferred<void>();
    const store = freshStore();
    const outbox: IdbStore = {
      ...store,
      create: (mode, callback) => storing.promise.then(() => store.create(mode, callback)),
    };
    const { fb, named } = setup({ outbox });
    fb.ask('checkout');
    await tick();
    chooseFace(4);
    send();
    pressEscape();
    storing.resolve();
    // Stored behind the partial answer's write, which the same store also held back.
    await vi.waitFor(() => expect(named('answered')).toHaveLength(1));
    await tick();
    expect(named('dismissed')).toEqual([]);
  });

  it('emits dismissed with reason close from the Close button', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    await tick();
    clickClose();
    expect(named('dismissed')).toEqual([{ step: 'checkout', reason: 'close' }]);
    expect(host()).toBeNull();
  });

  it('emits dismissed with reason escape on Escape', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    await tick();
    pressEscape();
    expect(named('dismissed')).toEqual([{ step: 'checkout', reason: 'escape' }]);
  });
});

describe('delivery', () => {
  it('retries a failed answer on flush', async () => {
    let replies = 0;
    const { fb, calls, named } = setup({ respond: () => status(++replies === 1 ? 503 : 204) });
    fb.ask('checkout');
    await tick();
    await answer();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(named('delivered')).toEqual([]);
    await fb.flush();
    expect(calls).toHaveLength(2);
    expect(eventsOf(calls[1])[0]?.id).toBe(ANSWER);
    expect(named('delivered')).toEqual([{ ids: [ANSWER] }]);
  });

  it('flush resolves even when the endpoint keeps failing', async () => {
    const { fb } = setup({ respond: () => Promise.reject(new TypeError('Failed to fetch')) });
    fb.ask('checkout');
    await tick();
    await answer();
    await expect(fb.flush()).resolves.toBeUndefined();
  });

  it('sends answers left from an earlier visit about a second after init', async () => {
    // Only the timers: the IndexedDB of the tests runs on setImmediate.
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const outbox = freshStore();
    await putAll(outbox, [record(1, { createdAt: NOW })]);
    const { calls } = setup({ outbox });
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
  });

  it('sends pending answers when the browser comes back online', async () => {
    const outbox = freshStore();
    await putAll(outbox, [record(1, { attempts: 3, nextAttemptAt: NOW + 60_000, createdAt: NOW })]);
    const { calls } = setup({ outbox });
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
  });

  it('delivers inside the Web Lock when the browser has one', async () => {
    const requested: string[] = [];
    let held = false;
    const sentInLock: boolean[] = [];
    const locks = {
      async request(name: string, _options: object, task: () => Promise<void>) {
        requested.push(name);
        held ||= name === 'feelback-delivery';
        const result = await task();
        held &&= name !== 'feelback-delivery';
        return result;
      },
    };
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    try {
      const { fb } = setup({
        respond: () => {
          sentInLock.push(held);
          return status(204);
        },
      });
      fb.ask('checkout');
      await tick();
      await answer();
      await fb.flush();
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
    // The delivery lock, and the outbox's own lock to create it for the first answer.
    expect(new Set(requested)).toEqual(new Set(['feelback-delivery', 'feelback-outbox']));
    expect(sentInLock).toEqual([true]);
  });

  it('delivers, once, where Web Locks are refused (a sandboxed iframe): as if alone', async () => {
    const locks = { request: () => Promise.reject(new DOMException('denied', 'SecurityError')) };
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    try {
      const { fb, calls, named } = setup();
      fb.ask('checkout');
      await tick();
      await answer();
      await fb.flush();
      expect(calls).toHaveLength(1);
      expect(named('delivered')).toEqual([{ ids: [ANSWER] }]);
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
  });

  it('keeps delivering when listeners throw', async () => {
    const { fb, calls, named } = setup();
    for (const name of EVENT_NAMES) {
      fb.on(name, () => {
        throw new Error(`site bug in ${name}`);
      });
    }
    fb.ask('checkout');
    await tick();
    await answer();
    await fb.flush();
    expect(calls).toHaveLength(1);
    expect(named('delivered')).toEqual([{ ids: [ANSWER] }]);
    expect(warnings()).toContain('[feelback] a listener for "answered" threw.');
  });
});

describe('on / off', () => {
  it('warns about a listener that is not a function', async () => {
    const { fb } = setup();
    expect(() => fb.on('shown', 'not a function' as never)).not.toThrow();
    await vi.waitFor(() => expect(warnings()).toEqual(['[feelback] on/off: expected a function, got string.']));
    expect(() => fb.ask('checkout')).not.toThrow();
  });

  it('warns about a config option it does not know, and still starts', async () => {
    const { fb } = setup({ config: { endpoint: '/answers', site: 'acme', questoin: 'typo' } });
    await vi.waitFor(() =>
      expect(warnings()).toEqual(['[feelback] config: unknown option(s) questoin (did you mean "question"?) ignored.']),
    );
    fb.ask('checkout');
    await tick();
    expect(document.querySelector('feelback-widget')).not.toBeNull();
  });

  it('stops calling a listener after off', async () => {
    const { fb } = setup();
    const listener = vi.fn();
    fb.on('shown', listener);
    fb.off('shown', listener);
    fb.ask('checkout');
    await tick();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('destroy', () => {
  it('removes the widget', async () => {
    const { fb } = setup();
    fb.ask('checkout');
    await tick();
    fb.destroy();
    expect(host()).toBeNull();
  });

  it('stops listening for online', async () => {
    const outbox = freshStore();
    await putAll(outbox, [record(1, { attempts: 3, nextAttemptAt: NOW + 60_000, createdAt: NOW })]);
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { fb, calls } = setup({ outbox });
    const online = added.mock.calls.find(([type]) => type === 'online')?.[1];
    expect(online).toBeTypeOf('function');
    fb.destroy();
    // The listener itself goes, not only what it would do.
    expect(removed).toHaveBeenCalledWith('online', online);
    window.dispatchEvent(new Event('online'));
    await tick();
    expect(calls).toHaveLength(0);
  });

  it('cancels the delivery of pending answers after load', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const outbox = freshStore();
    await putAll(outbox, [record(1, { createdAt: NOW })]);
    const { fb, calls } = setup({ outbox });
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    fb.destroy();
    // The timer itself is cleared, not only what it would do.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(0);
  });

  it('switches the widget off until the next init', async () => {
    const { fb } = setup();
    fb.destroy();
    fb.ask('checkout');
    await tick();
    expect(host()).toBeNull();
    expect(warnings()).toEqual(['[feelback] ask("checkout") ignored: init has not succeeded.']);
    fb.init(config);
    fb.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
  });

  it("sends this page's undelivered answers with keepalive: one held in memory has no next page", async () => {
    const { fb, named, calls } = setup({ outbox: brokenStore(), respond: () => status(503) });
    fb.ask('checkout');
    await tick();
    await answer();
    await fb.flush();
    const id = named<{ id: string }>('answered')[0]?.id;
    const before = calls.length;
    fb.destroy();
    await tick();
    expect(calls.slice(before).map((call) => [call.init.keepalive, eventsOf(call).map((e) => e.id)])).toEqual([
      [true, [id]],
    ]);
  });

  it('lets its database connections and its channel go, so nothing keeps a destroyed instance alive', async () => {
    const closed = vi.spyOn(IDBDatabase.prototype, 'close');
    const channels = vi.spyOn(BroadcastChannel.prototype, 'close');
    const journey = createIdbStore(`journey-${testRun}`, 'state');
    const { fb, named, outbox } = setup({ environment: { openEtiquette: () => createEtiquetteStore(journey) } });
    fb.ask('checkout');
    // The etiquette memory is read from IndexedDB first: more turns than `tick` gives, the first time.
    await vi.waitFor(() => expect(host()).not.toBeNull());
    await answer();
    await fb.flush();
    closed.mockClear();
    fb.destroy();
    // The outbox's and the etiquette memory's (written when the shopper answered; a write still
    // under way closes its connection when it is done).
    await vi.waitFor(() => expect(closed).toHaveBeenCalledTimes(2));
    expect(channels).toHaveBeenCalledTimes(1);
    // A later init connects again.
    fb.init(config);
    fb.ask('other');
    await tick();
    await answer();
    await fb.flush();
    expect(named('delivered')).toHaveLength(2);
    expect(await storedIds(outbox)).toEqual([]);
  });

  it('does not emit dismissed for the prompt it removes', async () => {
    const { fb, named } = setup();
    fb.ask('checkout');
    await tick();
    fb.destroy();
    expect(named('dismissed')).toEqual([]);
  });
});

describe('init', () => {
  it('keeps answers held in memory when called again, and delivers them to the endpoint they were given for', async () => {
    let up = false;
    const { fb, named, calls } = setup({ outbox: brokenStore(), respond: () => status(up ? 204 : 503) });
    fb.ask('checkout');
    await tick();
    await answer();
    await fb.flush();
    expect(named('answered')).toMatchObject([{ stored: false }]);
    const id = named<{ id: string }>('answered')[0]?.id;
    fb.init({ ...config, endpoint: 'https://collect.example/v2' });
    up = true;
    await fb.flush();
    const last = calls.at(-1);
    expect(last?.url).toBe(config.endpoint);
    expect(eventsOf(last).map((event) => event.id)).toEqual([id]);
    expect(named('delivered')).toEqual([{ ids: [id] }]);
  });

  it('keeps what the page knows of its prompts: a "Don’t ask me again" without consent, and the prompts shown', async () => {
    const { fb, named } = setup({ config: { ...config, consent: false } });
    fb.step('checkout');
    await tick();
    get<HTMLButtonElement>('.fb-quiet').click();
    await tick();
    fb.init({ ...config, consent: false });
    fb.step('returns');
    fb.ask('returns');
    await tick();
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
  });

  it('keeps the count of prompts this page showed: promptsPerPage is not started over', async () => {
    const { fb, named } = setup();
    fb.step('checkout');
    await tick();
    clickClose();
    fb.init(config);
    fb.step('returns');
    await tick();
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
  });

  it('with a config it refuses, switches off as destroy() does: an answer held in memory goes out now', async () => {
    const { fb, named, calls } = setup({ outbox: brokenStore(), respond: () => status(503) });
    fb.ask('checkout');
    await tick();
    await answer();
    await fb.flush();
    const id = named<{ id: string }>('answered')[0]?.id;
    const before = calls.length;
    fb.init({ ...config, endpoint: 'not a url' });
    await tick();
    expect(calls.slice(before).map((call) => [call.init.keepalive, eventsOf(call).map((e) => e.id)])).toEqual([
      [true, [id]],
    ]);
  });

  it('replaces the config when called again', async () => {
    const { fb } = setup();
    fb.ask('checkout');
    await tick();
    fb.init({ ...config, question: 'Second config?' });
    expect(widgetCount()).toBe(0);
    fb.ask('checkout');
    await tick();
    expect(get('legend').textContent).toBe('Second config?');
  });

  it('warns instead of throwing when the outbox cannot be opened', () => {
    const { fb } = setup({
      config: null,
      environment: {
        outboxStore: () => {
          throw new Error('IndexedDB blocked');
        },
      },
    });
    expect(() => fb.init(config)).not.toThrow();
    expect(warnings()[0]).toBe('[feelback] init() failed; the widget keeps running.');
  });

  it('warns instead of throwing when the environment throws', () => {
    const fb = createFeelback(
      undefined,
      () => {
        throw new Error('no window');
      },
      loadMessages,
    );
    instances.push(fb);
    expect(() => fb.init(config)).not.toThrow();
    expect(warnings()).toHaveLength(1);
  });
});

describe('journey wiring', () => {
  afterEach(() => {
    Reflect.deleteProperty(window.navigator, 'globalPrivacyControl');
    Reflect.deleteProperty(window, 'dataLayer');
  });

  it('a bad step rule is one warning naming it, and the step still prompts', async () => {
    const { fb, named } = setup({ config: { ...config, steps: { checkout: { sample: 1.5 } } } });
    await vi.waitFor(() =>
      expect(warnings()).toEqual([
        '[feelback] config.steps.checkout.sample: expected a number from 0 to 1; the default applies.',
      ]),
    );
    fb.step('checkout');
    await tick();
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
  });

  it('with Global Privacy Control the answer leaves out page and locale', async () => {
    Object.defineProperty(window.navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const { fb, named } = setup({ config: { ...config, locale: 'en-GB' } });
    fb.ask('checkout');
    await tick();
    await answer(4);
    const [{ event }] = named<{ event: AnswerEvent }>('answered') as [{ event: AnswerEvent }];
    expect(event.data).not.toHaveProperty('page');
    expect(event.data).not.toHaveProperty('locale');
    expect(event.data).toMatchObject({ step: 'checkout', instrument: 'feeling', scale: { min: 1, max: 5 }, rating: 4 });
  });

  it('dataLayer: true forwards events until destroy', async () => {
    const { fb } = setup({ config: { ...config, dataLayer: true } });
    const layer = () => (window as unknown as { dataLayer?: unknown[] }).dataLayer;
    fb.step('checkout');
    await tick();
    expect(layer()).toEqual([{ event: 'feelback.shown', feelback: { step: 'checkout' } }]);
    fb.destroy();
    fb.init({ ...config, dataLayer: false });
    fb.ask('returns');
    await tick();
    expect(layer()).toHaveLength(1);
  });

  it('with Global Privacy Control, dataLayer: true forwards nothing', async () => {
    Object.defineProperty(window.navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const { fb, named } = setup({ config: { ...config, dataLayer: true } });
    fb.step('checkout');
    await tick();
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
    expect((window as unknown as { dataLayer?: unknown[] }).dataLayer).toBeUndefined();
  });

  it('consent(false) before init writes nothing to the device store', async () => {
    const device = createMemoryEtiquetteStore();
    const save = vi.spyOn(device, 'save');
    const { fb } = setup({ config: null, environment: { openEtiquette: () => device } });
    fb.consent(false);
    fb.init(config);
    fb.step('checkout');
    await tick();
    clickClose();
    await tick();
    expect(save).not.toHaveBeenCalled();
  });
});

describe('debug output', () => {
  let info: MockInstance<Console['info']>;
  beforeEach(() => {
    info = vi.spyOn(console, 'info').mockImplementation(() => {});
  });
  const lines = () => info.mock.calls.map((call) => String(call[0]));
  /** A step its sample leaves out, a prompt shown, and an ask while it is open. */
  const decide = async (fb: Feelback) => {
    fb.step('browse');
    await tick();
    fb.ask('checkout');
    await tick();
    fb.ask('basket');
    await tick();
  };
  const steps = { browse: { sample: 0 } };

  it('says why each step did or did not prompt, in order, once its words arrived', async () => {
    const messages = vi.fn(loadMessages);
    const { fb } = setup({ config: { ...config, steps, debug: true }, messages });
    await decide(fb);
    await vi.waitFor(() =>
      expect(lines()).toEqual([
        '[feelback] step(browse): no prompt — not sampled (sample 0).',
        '[feelback] ask(checkout): prompt shown.',
        '[feelback] ask(basket): no prompt — one is already open.',
      ]),
    );
    expect(messages).toHaveBeenCalled();
  });

  it('without debug: true, fetches no words for them and says nothing', async () => {
    const messages = vi.fn(loadMessages);
    const { fb, named } = setup({ config: { ...config, steps }, messages });
    await decide(fb);
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
    await tick();
    expect(messages).not.toHaveBeenCalled();
    expect(lines()).toEqual([]);
  });
});

describe('listen and act', () => {
  it('a face chosen and the card closed arrives as exactly one partial answer', async () => {
    const { fb, calls } = setup();
    fb.ask('checkout');
    await tick();
    chooseFace(2);
    await toggleWord('confused');
    await typeComment('not sent: never in a partial');
    clickClose();
    await fb.flush();
    const sent = calls.flatMap(eventsOf);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.data).toMatchObject({ rating: 2, emotions: ['confused'], partial: true });
    expect(sent[0]?.data).not.toHaveProperty('comment');
    expect(answerBatchSchema.safeParse(calls[0]?.body).success).toBe(true);
  });

  it('partial: false sends nothing for a closed card', async () => {
    const { fb, calls } = setup({ config: { ...config, partial: false } });
    fb.ask('checkout');
    await tick();
    chooseFace(2);
    clickClose();
    await fb.flush();
    expect(calls).toEqual([]);
  });

  it('checks recovery at init, one warning per bad field, and keeps the widget on', async () => {
    const { fb, named } = setup({
      config: {
        ...config,
        recovery: { lnik: '/help', event: true },
        steps: { checkout: { recovery: { phone: 'call us' } } },
      },
    });
    await vi.waitFor(() =>
      expect(warnings()).toEqual([
        '[feelback] config.steps.checkout.recovery.phone: expected a phone number such as "+44 20 7946 0000"; ignored.',
        '[feelback] config.recovery.lnik: unknown field (did you mean "link"?), ignored.',
      ]),
    );
    fb.ask('checkout');
    await tick();
    expect(named('shown')).toEqual([{ step: 'checkout' }]);
  });

  it('the site’s own help: the card hands over, listeners and the dataLayer hear it, the endpoint counts it', async () => {
    const { fb, calls, named } = setup({ config: { ...config, recovery: { event: true }, dataLayer: true } });
    fb.ask('checkout');
    await tick();
    chooseFace(1);
    await sendAndStore();
    const chat = await vi.waitFor(() => get<HTMLButtonElement>('button:not([aria-label="Close"])'));
    expect(chat.textContent).toBe('Chat with us');
    chat.click();
    expect(named('recovery')).toEqual([{ id: uuid(3), answerId: ANSWER, step: 'checkout' }]);
    expect((window as unknown as { dataLayer: Array<{ event: string }> }).dataLayer.map((e) => e.event)).toContain(
      'feelback.recovery',
    );
    Reflect.deleteProperty(window, 'dataLayer');
    expect(host()).toBeNull();
    await fb.flush();
    const sent = calls.flatMap(eventsOf) as Array<{ id: string; type: string; subject: string }>;
    expect(sent.map(({ type, subject }) => [type, subject])).toEqual([
      ['feelback.answer.v1', 'checkout'],
      ['feelback.recovery.v1', ANSWER],
    ]);
  });
});
