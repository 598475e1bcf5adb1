import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StepRule } from '../../../src/config/check-steps.ts';
import type { Deliverer } from '../../../src/delivery/deliverer.ts';
import type { Environment } from '../../../src/environment.ts';
import { createAnswerSaver } from '../../../src/journey/save-answer.ts';
import type { OutboxRecord } from '../../../src/queue/record.ts';
import type { PromptAnswer } from '../../../src/ui/state.ts';
import { uuid } from '../support/fixtures.ts';

const NOW = Date.UTC(2026, 10, 22, 14, 3, 11);
const rule = { instrument: 'feeling' } as StepRule;
const answer = (rating: number, emotions: string[] = []): PromptAnswer => ({ rating, emotions, comment: '' });

afterEach(() => {
  Reflect.deleteProperty(window.navigator, 'globalPrivacyControl');
  Reflect.deleteProperty(window.navigator, 'onLine');
  history.replaceState(null, '', '/');
});

function setup(durable = true) {
  const added: OutboxRecord[] = [];
  const deliverer = {
    add: vi.fn(async (record: OutboxRecord) => {
      added.push(record);
      return durable;
    }),
    deliverPending: vi.fn(async () => {}),
  } as unknown as Deliverer & { deliverPending: ReturnType<typeof vi.fn> };
  const env = { window, now: () => NOW, uuid: () => uuid(7) } as unknown as Environment;
  const emit = vi.fn();
  const warn = vi.fn();
  const save = createAnswerSaver({ site: 'acme-shop', page: true }, env, {
    deliverer,
    emit,
    warn,
    locale: () => 'de-AT',
  });
  return { save, added, deliverer, emit, warn };
}

describe('createAnswerSaver', () => {
  it('stores the answer as an event with its page and language, then starts delivery', async () => {
    history.replaceState(null, '', '/checkout?secret=1#x');
    const { save, added, deliverer } = setup();
    expect(await save('checkout', rule, answer(4, ['relieved']))).toBe('thanks');
    expect(added).toHaveLength(1);
    expect(added[0]?.event).toMatchObject({
      id: uuid(7),
      source: 'acme-shop',
      time: new Date(NOW).toISOString(),
      data: { step: 'checkout', rating: 4, emotions: ['relieved'], page: '/checkout', locale: 'de-AT' },
    });
    expect(deliverer.deliverPending).toHaveBeenCalledTimes(1);
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
