import { entries } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StepRule } from '../../../src/config/check-steps.ts';
import { DELIVERY_DEFAULTS } from '../../../src/config/config.ts';
import { buildRecoveryEvent } from '../../../src/event/build-recovery.ts';
import type { Environment } from '../../../src/instance/environment.ts';
import { createAnswerSaver, pageFor } from '../../../src/instance/save-answer.ts';
import type { Queue } from '../../../src/queue/queue.ts';
import { createQueue, HOLD_MS } from '../../../src/queue/queue.ts';
import type { QueuedAnswer } from '../../../src/queue/record.ts';
import { createIdbStore, type IdbStore } from '../../../src/shared/idb-store.ts';
import type { PromptAnswer } from '../../../src/ui/state.ts';
import type { AnswerEvent } from '../../../src/wire/answer-event.ts';
import { answerEventSchema } from '../../../src/wire/answer-event.ts';
import { recoveryEventSchema } from '../../../src/wire/recovery-event.ts';
import { ENDPOINT, settle, uuid } from '../support/fixtures.ts';

const NOW = Date.UTC(2026, 10, 22, 14, 3, 11);
const rule = { instrument: 'feeling' } as StepRule;
const answer = (rating: number, emotions: string[] = []): PromptAnswer => ({ rating, emotions, comment: '' });

afterEach(() => {
  // The renewal tests fake the intervals; a failed one must not leave them fake for the next.
  vi.useRealTimers();
  Reflect.deleteProperty(window.navigator, 'globalPrivacyControl');
  Reflect.deleteProperty(window.navigator, 'onLine');
  history.replaceState(null, '', '/');
});

function setup(durable = true) {
  const added: QueuedAnswer[] = [];
  const queue = {
    add: vi.fn(async (record: QueuedAnswer) => {
      added.push(record);
      return durable;
    }),
  } as unknown as Queue;
  const deliver = vi.fn(async () => {});
  const env = { window, now: () => NOW, uuid: () => uuid(7) } as unknown as Environment;
  const emit = vi.fn();
  const warn = vi.fn();
  const saver = createAnswerSaver(CONFIG, env, {
    answers: { queue, deliver },
    emit,
    warn,
    note: vi.fn(),
    locale: () => 'de-AT',
  });
  /** Saves, then tells the listeners as the prompt does once it thanks; resolves to the view. */
  const save = async (step: string, stepRule: StepRule, given: PromptAnswer) => {
    const saved = await saver(step, stepRule).save(given);
    saved?.announce();
    return saved?.view;
  };
  return { save, added, deliver, emit, warn };
}

const CONFIG = {
  site: 'acme-shop',
  page: true,
  endpoint: ENDPOINT,
  delivery: { ...DELIVERY_DEFAULTS, headers: { 'X-Api-Key': 'k' } },
  partial: true,
};

let databases = 0;

/** A saver over a real queue (fake-indexeddb), ids counting up from 1, the clock at `now`. */
function realSetup(config: Partial<typeof CONFIG> = {}, wrap = (store: IdbStore) => store) {
  const store = createIdbStore(`save-answer-${++databases}`, 'answers');
  const queue = createQueue({ unavailable: vi.fn(), full: vi.fn() }, wrap(store), () => undefined);
  let ids = 0;
  let now = NOW;
  const env = { window, now: () => now, uuid: () => uuid(++ids) } as unknown as Environment;
  const deliver = vi.fn(async () => {});
  const emit = vi.fn();
  const note = vi.fn();
  const saver = createAnswerSaver({ ...CONFIG, ...config }, env, {
    answers: { queue, deliver },
    emit,
    warn: vi.fn(),
    note,
    locale: () => 'en-GB',
  });
  // A database nobody wrote to does not exist: nothing stored.
  const stored = async () => Object.fromEntries(((await entries(store.use)) ?? []) as Array<[string, QueuedAnswer]>);
  const later = (ms: number) => {
    now += ms;
  };
  return { prompt: saver('checkout', rule), saver, queue, store, stored, deliver, emit, later, note };
}

describe('createAnswerSaver', () => {
  it('warns once that the page function threw, not for every answer and partial answer it sends', async () => {
    const page = () => {
      throw new Error('bad route');
    };
    const { prompt, saver, note } = realSetup({ page } as unknown as Partial<typeof CONFIG>);
    prompt.choose(answer(2));
    await prompt.save(answer(2));
    await saver('returns', rule).save(answer(5));
    expect(note.mock.calls).toEqual([[['threw', 'config.page', new Error('bad route')]]]);
  });

  it('stores the answer as an event with its page and language, then starts delivery', async () => {
    history.replaceState(null, '', '/checkout?secret=1#x');
    const { save, added, deliver } = setup();
    expect(await save('checkout', rule, answer(4, ['relieved']))).toBe('thanks');
    expect(added).toHaveLength(1);
    expect(added[0]?.event).toMatchObject({
      id: uuid(7),
      source: 'acme-shop',
      time: new Date(NOW).toISOString(),
      data: { step: 'checkout', rating: 4, emotions: ['relieved'], page: '/checkout', locale: 'de-AT' },
    });
    // Kept with where it goes, and the headers its endpoint expects.
    expect(added[0]).toMatchObject({ endpoint: ENDPOINT, headers: { 'X-Api-Key': 'k' } });
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it('cuts a very long path to what an answer carries, so the answer is never refused', async () => {
    history.replaceState(null, '', `/${'p'.repeat(3000)}`);
    const { save, added } = setup();
    expect(await save('checkout', rule, answer(4))).toBe('thanks');
    expect((added[0]?.event as AnswerEvent | undefined)?.data.page).toBe(`/${'p'.repeat(2047)}`);
  });

  it('under Global Privacy Control leaves out the page and the language', async () => {
    Object.defineProperty(window.navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const { save, added } = setup();
    await save('checkout', rule, answer(2));
    expect(added[0]?.event.data).not.toHaveProperty('page');
    expect(added[0]?.event.data).not.toHaveProperty('locale');
  });

  it('says "saved" only when offline and the answer is durably stored', async () => {
    Object.defineProperty(window.navigator, 'onLine', { value: false, configurable: true });
    expect(await setup(true).save('checkout', rule, answer(3))).toBe('saved-offline');
    expect(await setup(false).save('checkout', rule, answer(3))).toBe('thanks');
  });

  it('tells listeners once it is stored: its id, step, rating and event', async () => {
    const { save, added, emit } = setup();
    await save('checkout', rule, answer(5));
    const [name, payload] = emit.mock.calls[0] ?? [];
    expect(name).toBe('answered');
    expect(payload).toEqual({ id: uuid(7), step: 'checkout', rating: 5, stored: true, event: added[0]?.event });
  });

  it('warns and stores nothing when the answer fails validation', async () => {
    const { save, added, warn, emit } = setup();
    expect(await save('checkout', rule, answer(9))).toBeUndefined();
    expect(added).toEqual([]);
    expect(emit).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('ask(checkout): the answer failed validation.');
  });
});

describe('a prompt’s partial answer', () => {
  it('is written when a rating is chosen: held, partial, its words but never the comment', async () => {
    const { prompt, stored, queue } = realSetup();
    prompt.choose({ rating: 2, emotions: ['confused'] });
    await settle();
    const records = await stored();
    expect(Object.keys(records)).toEqual([uuid(1)]);
    expect(records[uuid(1)]).toMatchObject({ heldUntil: NOW + HOLD_MS, event: { id: uuid(1) } });
    const data = (records[uuid(1)]?.event as AnswerEvent | undefined)?.data;
    expect(data).toMatchObject({ rating: 2, emotions: ['confused'], partial: true });
    expect(data).not.toHaveProperty('comment');
    expect(answerEventSchema.safeParse(records[uuid(1)]?.event).success).toBe(true);
    expect(queue.pending.get(uuid(1))?.record.heldUntil).toBe(NOW + HOLD_MS);
  });

  it('is updated in place (same id) as the shopper changes the rating or the words', async () => {
    const { prompt, stored } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    prompt.choose({ rating: 1, emotions: ['annoyed'] });
    await settle();
    const records = await stored();
    expect(Object.keys(records)).toEqual([uuid(1)]);
    expect(records[uuid(1)]?.event.data).toMatchObject({ rating: 1, emotions: ['annoyed'] });
  });

  it('is let go when the prompt closes or shrinks: no longer held, and delivery starts', async () => {
    const { prompt, stored, deliver, queue } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    prompt.release();
    await settle();
    expect((await stored())[uuid(1)]).not.toHaveProperty('heldUntil');
    expect(queue.pending.get(uuid(1))?.record).not.toHaveProperty('heldUntil');
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it('changed once let go (the card shrank, and was opened again): a partial answer of its own that replaces it', async () => {
    const { prompt, stored, queue } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    prompt.release();
    prompt.choose({ rating: 5, emotions: [] });
    prompt.choose({ rating: 4, emotions: ['pleased'] });
    await settle();
    const records = await stored();
    // What may be on its way is left as it was; the change is held, and changes in place.
    expect(Object.keys(records).sort()).toEqual([uuid(1), uuid(2)]);
    expect(records[uuid(1)]?.event.data).toMatchObject({ rating: 2, partial: true });
    expect(records[uuid(1)]).not.toHaveProperty('heldUntil');
    expect(records[uuid(2)]?.event.data).toMatchObject({ rating: 4, emotions: ['pleased'], replaces: uuid(1) });
    expect(records[uuid(2)]?.heldUntil).toBe(NOW + HOLD_MS);
    expect(answerEventSchema.safeParse(records[uuid(2)]?.event).success).toBe(true);
    // Let go in its turn, it goes too: the endpoint counts the chain's last partial answer.
    prompt.release();
    expect(queue.pending.get(uuid(2))?.record).not.toHaveProperty('heldUntil');
  });

  it('changed after the queue let it go (its page was left, then came back): replaced by a new partial answer', async () => {
    const { prompt, stored, queue } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    queue.release(uuid(1));
    prompt.choose({ rating: 5, emotions: [] });
    await settle();
    expect((await stored())[uuid(2)]?.event.data).toMatchObject({ rating: 5, partial: true, replaces: uuid(1) });
  });

  it('changed after its hold ran out (another tab may have sent it): replaced by a new partial answer', async () => {
    const { prompt, stored, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    later(HOLD_MS + 1);
    prompt.choose({ rating: 5, emotions: [] });
    await settle();
    const records = await stored();
    expect(records[uuid(1)]?.event.data).toMatchObject({ rating: 2 });
    expect(records[uuid(2)]?.event.data).toMatchObject({ rating: 5, replaces: uuid(1) });
  });

  it('changed after its hold ran out and a late renewal (the page slept): replaced by a new partial answer', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { prompt, stored, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    later(HOLD_MS + 1);
    // The renewal comes first on waking: the hold is back, but another tab may have sent it meanwhile.
    vi.advanceTimersByTime(HOLD_MS / 2);
    prompt.choose({ rating: 4, emotions: [] });
    await settle();
    const records = await stored();
    expect(records[uuid(1)]?.event.data).toMatchObject({ rating: 2 });
    expect(records[uuid(2)]?.event.data).toMatchObject({ rating: 4, replaces: uuid(1) });
  });

  it('a new one, made long after the first was let go, changes in place: one link per let-go, not per change', async () => {
    const { prompt, stored, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    prompt.release();
    later(HOLD_MS * 3);
    prompt.choose({ rating: 4, emotions: [] });
    prompt.choose({ rating: 5, emotions: [] });
    await settle();
    const records = await stored();
    expect(Object.keys(records).sort()).toEqual([uuid(1), uuid(2)]);
    expect(records[uuid(2)]?.event.data).toMatchObject({ rating: 5, replaces: uuid(1) });
  });

  it('a face clicked while Send’s answer is being written starts no partial answer beside it', async () => {
    const { prompt, stored, queue } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    const saving = prompt.save({ rating: 2, emotions: [], comment: '' });
    prompt.choose({ rating: 5, emotions: [] });
    await saving;
    await settle();
    expect(Object.keys(await stored())).toEqual([uuid(2)]);
    expect([...queue.pending.values()].filter((entry) => entry.record.heldUntil)).toEqual([]);
  });

  it('one that replaces another is let go by Send, never dropped: the answer replaces it, it replaces the first', async () => {
    const { prompt, stored, queue, deliver } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    prompt.release();
    prompt.choose({ rating: 4, emotions: [] });
    await settle();
    await prompt.save({ rating: 4, emotions: [], comment: 'Quick in the end' });
    const records = await stored();
    expect(Object.keys(records).sort()).toEqual([uuid(1), uuid(2), uuid(3)]);
    expect(records[uuid(2)]).not.toHaveProperty('heldUntil');
    expect(queue.pending.get(uuid(2))?.record).not.toHaveProperty('heldUntil');
    expect(records[uuid(3)]?.event.data).toMatchObject({ rating: 4, replaces: uuid(2) });
    expect(records[uuid(3)]?.event.data).not.toHaveProperty('partial');
    expect(deliver).toHaveBeenCalledTimes(2);
  });

  it('held again after it was let go and changed: renewed as long as its prompt is open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { prompt, queue, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    prompt.release();
    prompt.choose({ rating: 4, emotions: [] });
    later(HOLD_MS / 2);
    vi.advanceTimersByTime(HOLD_MS / 2);
    expect(queue.pending.get(uuid(2))?.record.heldUntil).toBe(NOW + HOLD_MS / 2 + HOLD_MS);
  });

  it('is dropped in the same transaction as the full answer is written when Send finds it still held, and named all the same', async () => {
    const { prompt, stored, queue } = realSetup();
    prompt.choose({ rating: 2, emotions: ['confused'] });
    await settle();
    expect((await prompt.save({ rating: 2, emotions: ['confused'], comment: 'Card refused' }))?.view).toBe('thanks');
    const records = await stored();
    expect(Object.keys(records)).toEqual([uuid(2)]);
    // Named though dropped: should it go out after all, the endpoint still counts one answer.
    expect(records[uuid(2)]?.event.data).toMatchObject({ replaces: uuid(1) });
    expect(records[uuid(2)]?.event.data).not.toHaveProperty('partial');
    expect(queue.pending.has(uuid(1))).toBe(false);
  });

  it('named by the full answer when the write that was to drop it fails, and so stays stored', async () => {
    // The Send's transaction aborts (a full disk refuses its put): the drop of the partial is undone with it.
    let abort = false;
    const aborting = (store: IdbStore): IdbStore => ({
      ...store,
      create: (mode, work) =>
        store.create(mode, (objects) => {
          const result = work(objects);
          if (abort) objects.transaction.abort();
          return result;
        }),
    });
    const { prompt, stored, queue } = realSetup({}, aborting);
    prompt.choose({ rating: 2, emotions: [] });
    await vi.waitFor(() => expect(queue.pending.get(uuid(1))?.stored).toBe(true));
    abort = true;
    expect((await prompt.save({ rating: 4, emotions: [], comment: '' }))?.view).toBe('thanks');
    // Kept in memory and sent from there; the partial is still on the device, and will go.
    expect(Object.keys(await stored())).toEqual([uuid(1)]);
    expect(queue.pending.get(uuid(2))?.record.event.data).toMatchObject({ rating: 4, replaces: uuid(1) });
  });

  it('Send right after the choice (the draft’s write still queued) still leaves only the full answer', async () => {
    const { prompt, stored } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await prompt.save({ rating: 2, emotions: [], comment: '' });
    expect(Object.keys(await stored())).toEqual([uuid(2)]);
  });

  it('once delivered, is named by the full answer, a new event of its own', async () => {
    const { prompt, stored, queue } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    prompt.release();
    await settle();
    queue.delivered([uuid(1)]);
    await prompt.save({ rating: 3, emotions: [], comment: 'Found it' });
    const records = await stored();
    expect(records[uuid(2)]?.event.data).toMatchObject({ rating: 3, replaces: uuid(1), comment: 'Found it' });
    expect(answerEventSchema.safeParse(records[uuid(2)]?.event).success).toBe(true);
  });

  it('let go but not yet delivered (it may be on its way), is named too, never dropped', async () => {
    const { prompt, stored } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    prompt.release();
    await settle();
    await prompt.save({ rating: 2, emotions: [], comment: '' });
    const records = await stored();
    expect(Object.keys(records).sort()).toEqual([uuid(1), uuid(2)]);
    expect(records[uuid(2)]?.event.data).toMatchObject({ replaces: uuid(1) });
  });

  it('is held for as long as the prompt is open: renewed every half hold, no longer once let go', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { prompt, queue, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    for (let turn = 1; turn <= 3; turn++) {
      later(HOLD_MS / 2);
      vi.advanceTimersByTime(HOLD_MS / 2);
      expect(queue.pending.get(uuid(1))?.record.heldUntil).toBe(NOW + (turn * HOLD_MS) / 2 + HOLD_MS);
    }
    prompt.release();
    vi.advanceTimersByTime(HOLD_MS);
    expect(queue.pending.get(uuid(1))?.record).not.toHaveProperty('heldUntil');
  });

  it('still held and renewed after a Send that failed validation (the prompt stays open)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { prompt, queue, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    expect(await prompt.save({ rating: 9, emotions: [], comment: '' })).toBeUndefined();
    later(HOLD_MS / 2);
    vi.advanceTimersByTime(HOLD_MS / 2);
    expect(queue.pending.get(uuid(1))?.record.heldUntil).toBe(NOW + HOLD_MS / 2 + HOLD_MS);
  });

  it('held past its time (its page was frozen: another may have sent it) is named, never dropped', async () => {
    const { prompt, stored, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    later(HOLD_MS + 1);
    await prompt.save({ rating: 2, emotions: [], comment: '' });
    expect((await stored())[uuid(2)]?.event.data).toMatchObject({ replaces: uuid(1) });
  });

  it('held past its time, then renewed late (the page slept), is still named: it may have gone meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { prompt, stored, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    later(HOLD_MS + 1);
    vi.advanceTimersByTime(HOLD_MS / 2);
    await prompt.save({ rating: 2, emotions: [], comment: '' });
    expect((await stored())[uuid(2)]?.event.data).toMatchObject({ replaces: uuid(1) });
  });

  it('delivered while its hold had run out is never written back by a late renewal', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { prompt, stored, store, queue, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    later(HOLD_MS + 1);
    // A tab sent it and the endpoint acknowledged it: removed, and forgotten.
    await store.use('readwrite', (objects) => void objects.delete(uuid(1)));
    queue.delivered([uuid(1)]);
    vi.advanceTimersByTime(HOLD_MS / 2);
    await settle();
    expect(await stored()).toEqual({});
  });

  it('let go by the queue (its page was left, then came back) is never held again, and is named', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { prompt, stored, queue, later } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    queue.release(uuid(1));
    later(HOLD_MS / 2);
    vi.advanceTimersByTime(HOLD_MS / 2);
    expect(queue.pending.get(uuid(1))?.record).not.toHaveProperty('heldUntil');
    await prompt.save({ rating: 2, emotions: [], comment: '' });
    expect((await stored())[uuid(2)]?.event.data).toMatchObject({ replaces: uuid(1) });
  });

  it('stored, then storage failed: named by the full answer, since it cannot be dropped for good', async () => {
    const { prompt, stored, queue } = realSetup();
    prompt.choose({ rating: 2, emotions: [] });
    await settle();
    queue.fail(new Error('storage went away'));
    await prompt.save({ rating: 2, emotions: [], comment: '' });
    expect(queue.pending.get(uuid(2))?.record.event.data).toMatchObject({ replaces: uuid(1) });
    expect(Object.keys(await stored())).toEqual([uuid(1)]);
  });

  it('is not written at all with partial: false', async () => {
    const { prompt, stored } = realSetup({ partial: false });
    prompt.choose({ rating: 2, emotions: [] });
    prompt.release();
    await settle();
    expect(await stored()).toEqual({});
    await prompt.save({ rating: 2, emotions: [], comment: '' });
    expect((await stored())[uuid(1)]?.event.data).not.toHaveProperty('replaces');
  });
});

describe('an answer with contact on consent', () => {
  it('carries the address and the consent, in that answer only', async () => {
    const { prompt, stored } = realSetup();
    prompt.choose({ rating: 1, emotions: [] });
    await prompt.save({ rating: 1, emotions: [], comment: '', contact: ' sam@example.com ' });
    const records = Object.values(await stored());
    expect(records).toHaveLength(1);
    expect(records[0]?.event.data).toMatchObject({ contact: { email: 'sam@example.com', consent: true } });
  });

  it('refuses an address an endpoint would refuse', async () => {
    const { prompt, stored } = realSetup();
    expect(await prompt.save({ rating: 1, emotions: [], comment: '', contact: 'sam at example' })).toBeUndefined();
    expect(await stored()).toEqual({});
  });
});

describe('help taken after an answer', () => {
  it('queues a recovery event through the outbox: its own id, about the answer, and delivers it', async () => {
    const { prompt, stored, deliver, emit } = realSetup();
    (await prompt.save({ rating: 1, emotions: [], comment: '' }))?.announce();
    prompt.recover('link', buildRecoveryEvent);
    await settle();
    const recovery = (await stored())[uuid(2)]?.event;
    expect(recovery).toMatchObject({
      type: 'feelback.recovery.v1',
      subject: uuid(1),
      data: { step: 'checkout', action: 'link', locale: 'en-GB' },
    });
    expect(recoveryEventSchema.safeParse(recovery).success).toBe(true);
    expect(deliver).toHaveBeenCalledTimes(2);
    // Only the site's own help is the site's to open.
    expect(emit.mock.calls.map(([name]) => name)).toEqual(['answered']);
  });

  it('for the site’s own help (event), tells the site’s listeners which answer it follows', async () => {
    const { prompt, emit } = realSetup();
    await prompt.save({ rating: 1, emotions: [], comment: '' });
    prompt.recover('event', buildRecoveryEvent);
    expect(emit).toHaveBeenLastCalledWith('recovery', { id: uuid(2), answerId: uuid(1), step: 'checkout' });
  });

  it('is nothing before there is an answer', async () => {
    const { prompt, stored, emit } = realSetup();
    prompt.recover('event', buildRecoveryEvent);
    await settle();
    expect(await stored()).toEqual({});
    expect(emit).not.toHaveBeenCalled();
  });
});

describe('pageFor', () => {
  const note = vi.fn();
  it.each<[string, Parameters<typeof pageFor>[0], string | undefined]>([
    ['the path by default', true, '/account/orders/ORD-99812/track/alice@example.com'],
    ['nothing with page: false', false, undefined],
    [
      'what the function makes of it',
      (path) => path.replace(/orders\/[^/]+\/track\/[^/]+/, 'orders/:id/track/:email'),
      '/account/orders/:id/track/:email',
    ],
    ['nothing when the function says false', () => false, undefined],
    ['nothing when the function returns something else', () => 42 as unknown as string, undefined],
    ['no query or fragment, even from the function', () => '/orders/:id?email=a@b.example#x', '/orders/:id'],
  ])('sends %s', (_name, option, expected) => {
    expect(pageFor(option, '/account/orders/ORD-99812/track/alice@example.com', note)).toBe(expected);
    expect(note).not.toHaveBeenCalled();
  });

  it('sends no page, and notes the error, when the function throws', () => {
    const note = vi.fn();
    const error = new Error('bad route');
    const page = pageFor(
      () => {
        throw error;
      },
      '/x',
      note,
    );
    expect(page).toBeUndefined();
    expect(note.mock.calls).toEqual([[['threw', 'config.page', error]]]);
  });
});
