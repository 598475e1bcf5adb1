import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StepRule } from '../../../src/config/check-steps.ts';
import { DELIVERY_DEFAULTS } from '../../../src/config/config.ts';
import type { Environment } from '../../../src/instance/environment.ts';
import { createAnswerSaver, pageFor } from '../../../src/instance/save-answer.ts';
import type { Queue } from '../../../src/queue/queue.ts';
import type { QueuedAnswer } from '../../../src/queue/record.ts';
import type { PromptAnswer } from '../../../src/ui/state.ts';
import { ENDPOINT, uuid } from '../support/fixtures.ts';

const NOW = Date.UTC(2026, 10, 22, 14, 3, 11);
const rule = { instrument: 'feeling' } as StepRule;
const answer = (rating: number, emotions: string[] = []): PromptAnswer => ({ rating, emotions, comment: '' });

afterEach(() => {
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
  const config = {
    site: 'acme-shop',
    page: true,
    endpoint: ENDPOINT,
    delivery: { ...DELIVERY_DEFAULTS, headers: { 'X-Api-Key': 'k' } },
  };
  const save = createAnswerSaver(config, env, { answers: { queue, deliver }, emit, warn, locale: () => 'de-AT' });
  return { save, added, deliver, emit, warn };
}

describe('createAnswerSaver', () => {
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
    expect(added[0]?.event.data.page).toBe(`/${'p'.repeat(2047)}`);
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

  it('hands listeners a copy: editing it changes nothing stored', async () => {
    const { save, added, emit } = setup();
    await save('checkout', rule, answer(5));
    const [name, payload] = emit.mock.calls[0] ?? [];
    expect(name).toBe('answered');
    expect(payload).toMatchObject({ id: uuid(7), step: 'checkout', rating: 5, stored: true });
    payload.event.data.rating = 1;
    expect(added[0]?.event.data.rating).toBe(5);
  });

  it('warns and stores nothing when the answer fails validation', async () => {
    const { save, added, warn, emit } = setup();
    expect(await save('checkout', rule, answer(9))).toBeUndefined();
    expect(added).toEqual([]);
    expect(emit).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('ask(checkout): the answer failed validation.');
  });
});

describe('pageFor', () => {
  const warn = vi.fn();
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
    expect(pageFor(option, '/account/orders/ORD-99812/track/alice@example.com', warn)).toBe(expected);
  });

  it('sends no page, and warns, when the function throws', () => {
    const warnings: string[] = [];
    const page = pageFor(
      () => {
        throw new Error('bad route');
      },
      '/x',
      (message) => warnings.push(message),
    );
    expect(page).toBeUndefined();
    expect(warnings).toEqual(['config.page threw (Error: bad route); the answer is sent without its page.']);
  });
});
