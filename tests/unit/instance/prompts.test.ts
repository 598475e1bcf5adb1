import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StepRule } from '../../../src/config/check-steps.ts';
import { ETIQUETTE_DEFAULTS } from '../../../src/config/config.ts';
import type { PromptModule } from '../../../src/instance/environment.ts';
import { createEtiquetteMemory } from '../../../src/instance/etiquette-memory.ts';
import { createPrompts, type Prompts, type PromptsOptions } from '../../../src/instance/prompts.ts';
import type { PromptAnswers } from '../../../src/instance/save-answer.ts';
import type { EtiquetteState } from '../../../src/journey/etiquette.ts';
import { createMemoryEtiquetteStore, type EtiquetteStore } from '../../../src/journey/etiquette-store.ts';
import * as promptModule from '../../../src/ui/index.ts';
import { HOST_TAG } from '../../../src/ui/mount.ts';
import { testEnvironment } from '../support/environment.ts';
import { deferred } from '../support/fixtures.ts';
import { chooseFace, get, host, send, shadow, toggleWord, widgetCount, writeIn } from '../support/widget-dom.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 12);

let journey: Prompts | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});

afterEach(() => {
  journey?.stop();
  journey = undefined;
});

/** A store that records what it was asked to do. */
function spyStore(initial: EtiquetteState = { steps: {} }) {
  const memory = createMemoryEtiquetteStore();
  void memory.save(initial);
  const store: EtiquetteStore = { load: vi.fn(memory.load), save: vi.fn(memory.save) };
  return store as EtiquetteStore & { load: ReturnType<typeof vi.fn>; save: ReturnType<typeof vi.fn> };
}

interface Setup {
  rules?: Record<string, Partial<StepRule>>;
  etiquette?: Partial<typeof ETIQUETTE_DEFAULTS>;
  stored?: EtiquetteState;
  consent?: boolean;
  loadPrompt?: () => Promise<PromptModule>;
  random?: () => number;
  now?: () => number;
  locale?: string;
  optional?: PromptsOptions['optional'];
}

function setup({
  rules = {},
  etiquette = {},
  stored,
  consent = true,
  loadPrompt,
  random,
  now,
  locale = 'en-GB',
  optional = async () => ({ strings: undefined, offers: () => ({}) }),
}: Setup = {}) {
  const durable = spyStore(stored);
  const memory = spyStore();
  const env = testEnvironment({
    openEtiquette: () => durable,
    now: now ?? (() => Date.now()),
    random: random ?? (() => 0),
    ...(loadPrompt && { loadPrompt }),
  });
  const log = { warn: vi.fn(), debug: vi.fn() };
  const say = vi.fn<PromptsOptions['say']>();
  const emit = vi.fn();
  const save = vi.fn<PromptAnswers['save']>(async () => ({ view: 'thanks', announce: vi.fn() }));
  const answers = { choose: vi.fn(), release: vi.fn(), save, recover: vi.fn() };
  const answer = vi.fn<PromptsOptions['answer']>(() => answers);
  const openStore = vi.fn(() => durable);
  const onChoose = vi.fn();
  const etiquetteMemory = createEtiquetteMemory(openStore, memory, consent, say);
  journey = createPrompts({
    env,
    rules,
    etiquette: { ...ETIQUETTE_DEFAULTS, ...etiquette },
    question: undefined,
    optional,
    locale: () => locale,
    privacyUrl: undefined,
    theme: {},
    colorScheme: undefined,
    where: () => ({}),
    memory: etiquetteMemory,
    log,
    say,
    emit,
    answer,
    onChoose,
  });
  /** The debug lines noted, as data (config/messages.ts words them). */
  const notes = () => say.mock.calls.map(([note]) => note);
  const emitted = (name: string) => emit.mock.calls.filter(([n]) => n === name).map(([, payload]) => payload);
  return {
    journey,
    durable,
    memory,
    etiquetteMemory,
    openStore,
    log,
    notes,
    emit,
    emitted,
    save,
    answer,
    answers,
    onChoose,
  };
}

/**
 * Lets promise chains and zero-delay timers run, and the one that draws the card: set during a
 * fake tick, a zero delay is due 1 ms later (@sinonjs/fake-timers). So each tick moves the clock
 * 1 ms, and a test reads the time the shopper acted (`acted`) from it.
 */
const tick = () => vi.advanceTimersByTimeAsync(1);

/** The prompt's file, with a card that fails as it is drawn (in the task after its host). */
const cardFails: PromptModule = {
  ...promptModule,
  promptFor: async () => (options) => {
    setTimeout(() => options.onFailed?.(new TypeError('boom')));
    return () => {};
  },
};

/** Asks at `basket` and answers: its card is saying thanks. */
async function answerBasket(journey: Prompts) {
  journey.ask('basket');
  await tick();
  chooseFace(4);
  send();
  await tick();
}

const dontAsk = () =>
  [...shadow().querySelectorAll('button')].find((b) => b.textContent === 'Don’t ask me again')?.click();
const clickClose = () => get<HTMLButtonElement>('button[aria-label="Close"]').click();

describe('createPrompts: step', () => {
  it('shows a prompt and says so', async () => {
    const { journey, emitted, notes } = setup();
    journey.step('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(emitted('shown')).toEqual([{ step: 'checkout' }]);
    expect(notes()).toEqual([['shown', 'step(checkout)']]);
  });

  it('says it is shown once its card is drawn, a task after its host is on the page', async () => {
    const { journey, emitted } = setup();
    journey.step('checkout');
    await vi.advanceTimersByTimeAsync(0);
    expect(widgetCount()).toBe(1);
    expect(shadow().querySelector('legend')).toBeNull();
    expect(emitted('shown')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(get('legend').textContent).toBe('How did this make you feel?');
    expect(emitted('shown')).toEqual([{ step: 'checkout' }]);
  });

  it('closed by the site before its card is drawn: gone, neither shown nor dismissed is said, and debug says why', async () => {
    const { journey, emitted, durable, notes } = setup();
    journey.step('checkout');
    await vi.advanceTimersByTimeAsync(0);
    expect(widgetCount()).toBe(1);
    journey.close();
    await tick();
    expect(host()).toBeNull();
    expect(emitted('shown')).toEqual([]);
    expect(emitted('dismissed')).toEqual([]);
    expect(durable.save).not.toHaveBeenCalled();
    // Nobody saw it: it neither counts towards the page's one prompt nor is noted as shown, and
    // debug output says what became of the call.
    expect(notes()).toEqual([['closed', 'step(checkout)']]);
    journey.step('basket');
    await tick();
    expect(emitted('shown')).toEqual([{ step: 'basket' }]);
  });

  it('a card that cannot be drawn: the page hears of it, nothing is thrown, and the next prompt may come', async () => {
    const loadPrompt = vi.fn<() => Promise<PromptModule>>(async () => cardFails);
    const { journey, emitted } = setup({ loadPrompt });
    journey.ask('checkout');
    await tick();
    expect(emitted('error')).toEqual([
      { code: 'prompt-unavailable', message: 'the prompt could not load (TypeError: boom).' },
    ]);
    expect(emitted('shown')).toEqual([]);
    loadPrompt.mockImplementation(async () => promptModule);
    journey.ask('checkout');
    await tick();
    expect(emitted('shown')).toEqual([{ step: 'checkout' }]);
  });

  it('a second step on the same page does not prompt, and debug says why', async () => {
    const { journey, emitted, notes } = setup();
    journey.step('basket');
    await tick();
    clickClose();
    journey.step('checkout');
    await tick();
    expect(widgetCount()).toBe(0);
    expect(emitted('shown')).toEqual([{ step: 'basket' }]);
    expect(notes()[1]).toEqual(['perPage', 'step(checkout)', 1]);
  });

  it('a step while a prompt is open does not stack a second one', async () => {
    const { journey, notes } = setup();
    journey.step('basket');
    await tick();
    journey.step('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(notes()).toContainEqual(['open', 'step(checkout)']);
  });

  it('an unknown step prompts with the defaults (feeling faces)', async () => {
    const { journey } = setup({ rules: { checkout: { instrument: 'effort' } } });
    journey.step('somewhere-else');
    await tick();
    expect(shadow().querySelectorAll('input[name="rating"]')).toHaveLength(5);
  });

  it('a step asks on its instrument', async () => {
    const { journey } = setup({ rules: { returns: { instrument: 'effort' } } });
    journey.step('returns');
    // Its points are drawn by the scale's own file, fetched first.
    await vi.waitFor(() => expect(shadow().querySelectorAll('input[name="rating"]')).toHaveLength(7));
  });

  it('respects the cooldown after an earlier prompt', async () => {
    const { journey, notes } = setup({ stored: { lastPromptAt: NOW - DAY, steps: { basket: NOW - DAY } } });
    journey.step('checkout');
    await tick();
    expect(host()).toBeNull();
    expect(notes()).toEqual([['cooldown', 'step(checkout)', 14]]);
  });

  it('respects re-asking per step once the cooldown is over', async () => {
    const stored = { lastPromptAt: NOW - 20 * DAY, steps: { checkout: NOW - 20 * DAY } };
    const first = setup({ stored });
    first.journey.step('checkout');
    await tick();
    expect(host()).toBeNull();
    expect(first.notes()).toEqual([['reask', 'step(checkout)', 90]]);
    first.journey.step('returns');
    await tick();
    expect(widgetCount()).toBe(1);
  });

  it('a step not sampled does not prompt', async () => {
    const { journey, notes } = setup({ rules: { checkout: { sample: 0.5 } }, random: () => 0.5 });
    journey.step('checkout');
    await tick();
    expect(host()).toBeNull();
    expect(notes()).toEqual([['sample', 'step(checkout)', 0.5]]);
  });

  it('waits for the step’s delay', async () => {
    const { journey } = setup({ rules: { checkout: { delayMs: 3000 } } });
    journey.step('checkout');
    await vi.advanceTimersByTimeAsync(2999);
    expect(host()).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(widgetCount()).toBe(1);
  });

  it('waits while the shopper types in a field of the page', async () => {
    const input = document.body.appendChild(document.createElement('input'));
    const { journey } = setup({ etiquette: { typingPauseMs: 1000 } });
    writeIn(input);
    journey.step('checkout');
    await vi.advanceTimersByTimeAsync(999);
    expect(host()).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(widgetCount()).toBe(1);
  });

  it('times the pause in typing on a monotonic clock: the wall clock set back an hour does not hold the prompt', async () => {
    const input = document.body.appendChild(document.createElement('input'));
    const { journey } = setup({ etiquette: { typingPauseMs: 1000 } });
    writeIn(input);
    journey.step('checkout');
    vi.setSystemTime(Date.now() - 3_600_000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(widgetCount()).toBe(1);
  });

  it('gives up while the shopper keeps typing, and says so', async () => {
    const input = document.body.appendChild(document.createElement('input'));
    const { journey, notes } = setup({ etiquette: { typingPauseMs: 1000 } });
    const type = () => writeIn(input);
    type();
    journey.step('checkout');
    // Never a second's pause, for longer than the 30 s the widget waits for one.
    for (let at = 0; at <= 30_000; at += 500) {
      await vi.advanceTimersByTimeAsync(500);
      type();
    }
    expect(host()).toBeNull();
    expect(notes()).toEqual([['typing', 'step(checkout)', undefined]]);
  });

  it('waits for a pause in typing that began while the prompt’s files were coming', async () => {
    const input = document.body.appendChild(document.createElement('input'));
    const ui = deferred<PromptModule>();
    const { journey } = setup({ etiquette: { typingPauseMs: 1000 }, loadPrompt: () => ui.promise });
    journey.step('checkout');
    await tick();
    writeIn(input);
    ui.resolve(promptModule);
    await tick();
    expect(host()).toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    expect(widgetCount()).toBe(1);
  });

  it('destroyed while the device’s memory is read: nothing is fetched and no timer is set', async () => {
    const read = deferred<EtiquetteState>();
    const loadPrompt = vi.fn(async () => promptModule);
    const { journey, durable, notes } = setup({ rules: { checkout: { delayMs: 600_000 } }, loadPrompt });
    durable.load.mockReturnValueOnce(read.promise);
    journey.step('checkout');
    await tick();
    journey.stop();
    read.resolve({ steps: {} });
    await tick();
    expect(loadPrompt).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    expect(notes()).toEqual([['destroyed', 'step(checkout)', undefined]]);
  });

  it('destroyed while the UI loads: nothing is mounted or announced', async () => {
    const ui = deferred<PromptModule>();
    const { journey, emitted, notes } = setup({ loadPrompt: () => ui.promise });
    journey.step('checkout');
    await tick();
    journey.stop();
    ui.resolve(promptModule);
    await tick();
    expect(host()).toBeNull();
    expect(emitted('shown')).toEqual([]);
    expect(notes()).toEqual([['destroyed', 'step(checkout)', undefined]]);
  });

  it('closed by the site during the delay: nothing is mounted, and the note says so', async () => {
    const { journey, notes } = setup({ rules: { checkout: { delayMs: 1000 } } });
    journey.step('checkout');
    await tick();
    journey.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(host()).toBeNull();
    expect(notes()).toEqual([['closed', 'step(checkout)', undefined]]);
  });

  it('destroyed during the delay: nothing is mounted', async () => {
    const { journey } = setup({ rules: { checkout: { delayMs: 1000 } } });
    journey.step('checkout');
    await tick();
    journey.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(host()).toBeNull();
  });

  it('a UI that fails to load is reported as an error and frees the slot', async () => {
    let fail = true;
    const { journey, emitted } = setup({
      loadPrompt: async () => {
        if (fail) throw new Error('offline');
        return promptModule;
      },
    });
    journey.step('checkout');
    await tick();
    expect(emitted('error')).toEqual([
      { code: 'prompt-unavailable', message: 'the prompt could not load (Error: offline).' },
    ]);
    fail = false;
    journey.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
  });

  it('checks of the site’s texts and help that fail to load are reported like the UI, and the next prompt asks again', async () => {
    const optional = vi
      .fn<PromptsOptions['optional']>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ strings: undefined, offers: () => ({}) });
    const { journey, emitted } = setup({ optional });
    journey.step('checkout');
    await tick();
    expect(emitted('error')).toEqual([
      { code: 'prompt-unavailable', message: 'the prompt could not load (Error: offline).' },
    ]);
    expect(widgetCount()).toBe(0);
    journey.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(optional).toHaveBeenCalledTimes(2);
  });
});

it('a UI that fails to load in another language is not blamed on its texts', async () => {
  const { journey, emitted, notes } = setup({
    locale: 'de-DE',
    loadPrompt: async () => {
      throw new Error('offline');
    },
  });
  journey.step('checkout');
  await tick();
  expect(emitted('error')).toEqual([
    { code: 'prompt-unavailable', message: 'the prompt could not load (Error: offline).' },
  ]);
  expect(notes()).toEqual([]);
});

describe('createPrompts: ask', () => {
  it('prompts despite the cooldown and the page cap', async () => {
    const { journey } = setup({ stored: { lastPromptAt: NOW, steps: { checkout: NOW } } });
    journey.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
  });

  it('does not prompt after "don’t ask me again"', async () => {
    const { journey, notes } = setup({ stored: { optOut: true, steps: {} } });
    journey.ask('checkout');
    await tick();
    expect(host()).toBeNull();
    expect(notes()).toEqual([['optOut', 'ask(checkout)', undefined]]);
  });

  it('replaces a prompt that is saying thanks, and its timer no longer closes the new one', async () => {
    const { journey, emitted } = setup({ etiquette: { idleCloseMs: 0 } });
    await answerBasket(journey);
    expect(shadow().textContent).toContain('Thank you');
    journey.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(shadow().textContent).not.toContain('Thank you');
    expect(emitted('shown')).toEqual([{ step: 'basket' }, { step: 'checkout' }]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(widgetCount()).toBe(1);
    expect(emitted('dismissed')).toEqual([]);
  });

  it('a thank-you stays until the prompt replacing it is drawn: the page never shows neither', async () => {
    const { journey, emitted } = setup();
    await answerBasket(journey);
    const cards = () => [...document.querySelectorAll(HOST_TAG)].filter((h) => h.shadowRoot?.querySelector('section'));
    expect(cards()).toHaveLength(1);
    // What the page holds after each change to it: hosts, and hosts with a card drawn.
    const seen: [number, number][] = [];
    const watch = new MutationObserver(() => seen.push([widgetCount(), cards().length]));
    watch.observe(document.body, { childList: true });
    journey.ask('checkout');
    while (emitted('shown').length < 2) await tick();
    watch.disconnect();
    // The new host came first, beside the thank-you; the thank-you went once the new card was there.
    expect(seen).toEqual([
      [2, 1],
      [1, 1],
    ]);
    expect(widgetCount()).toBe(1);
    expect(shadow().textContent).not.toContain('Thank you');
  });

  it('a thank-you stays when the prompt meant to replace it cannot draw its card', async () => {
    const loadPrompt = vi.fn<() => Promise<PromptModule>>(async () => promptModule);
    const { journey, emitted } = setup({ loadPrompt });
    await answerBasket(journey);
    loadPrompt.mockImplementation(async () => cardFails);
    journey.ask('checkout');
    await vi.waitFor(() => expect(emitted('error')).toHaveLength(1));
    expect(shadow().textContent).toContain('Thank you');
  });

  it('a prompt still being answered is not replaced', async () => {
    const { journey, notes } = setup();
    journey.ask('basket');
    await tick();
    chooseFace(4);
    journey.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    expect(notes()).toContainEqual(['open', 'ask(checkout)']);
  });

  it('does not count towards the page cap', async () => {
    const { journey } = setup();
    journey.ask('basket');
    await tick();
    clickClose();
    journey.step('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
  });
});

describe('createPrompts: what is remembered', () => {
  it('an answer is remembered for the step and the cooldown', async () => {
    const { journey, durable, save, answer } = setup();
    journey.step('checkout');
    await tick();
    const acted = Date.now();
    chooseFace(4);
    send();
    await tick();
    expect(answer).toHaveBeenCalledWith('checkout', expect.objectContaining({ instrument: 'feeling' }));
    expect(save).toHaveBeenCalledWith({ rating: 4, emotions: [], comment: '' });
    expect(durable.save).toHaveBeenLastCalledWith({ lastPromptAt: acted, steps: { checkout: acted } });
  });

  it('says when the shopper chooses a face, so delivery can come while they finish', async () => {
    const { journey, onChoose } = setup();
    journey.step('checkout');
    await tick();
    expect(onChoose).not.toHaveBeenCalled();
    chooseFace(4);
    expect(onChoose).toHaveBeenCalledTimes(1);
  });

  it('hands each choice to the prompt’s answers, which keep it as a partial answer', async () => {
    const { journey, answers } = setup();
    journey.step('checkout');
    await tick();
    chooseFace(2);
    await toggleWord('frustrated');
    expect(answers.choose.mock.calls).toEqual([
      [{ rating: 2, emotions: [] }],
      [{ rating: 2, emotions: ['frustrated'] }],
    ]);
    expect(answers.release).not.toHaveBeenCalled();
  });

  it.each([
    ['closed', () => clickClose()],
    ['shrunk to its bar', () => vi.advanceTimersByTime(ETIQUETTE_DEFAULTS.minimizeAfterMs)],
    ['removed (destroy)', () => journey?.stop()],
  ])('lets the partial answer go when the prompt is %s', async (_how, act) => {
    const { journey, answers } = setup();
    journey.step('checkout');
    await tick();
    chooseFace(2);
    act();
    expect(answers.release).toHaveBeenCalled();
  });

  it('an answer that could not be kept is not remembered', async () => {
    const { journey, durable, save } = setup();
    save.mockResolvedValue(undefined);
    journey.step('checkout');
    await tick();
    chooseFace(4);
    send();
    await tick();
    expect(durable.save).not.toHaveBeenCalled();
  });

  it('closing is remembered as a dismissal, without opting out', async () => {
    const { journey, durable, emitted } = setup();
    journey.step('checkout');
    await tick();
    const acted = Date.now();
    clickClose();
    await tick();
    expect(emitted('dismissed')).toEqual([{ step: 'checkout', reason: 'close' }]);
    expect(durable.save).toHaveBeenLastCalledWith({ optOut: false, lastPromptAt: acted, steps: { checkout: acted } });
  });

  it('"don’t ask me again" is remembered, and then blocks step and ask', async () => {
    const { journey, durable, emitted, notes } = setup();
    journey.step('checkout');
    await tick();
    const acted = Date.now();
    dontAsk();
    await tick();
    expect(emitted('dismissed')).toEqual([{ step: 'checkout', reason: 'dont-ask' }]);
    expect(durable.save).toHaveBeenLastCalledWith({ optOut: true, lastPromptAt: acted, steps: { checkout: acted } });
    journey.ask('returns');
    await tick();
    expect(host()).toBeNull();
    expect(notes().at(-1)).toEqual(['optOut', 'ask(returns)', undefined]);
  });

  it('a prompt nobody touches closes after idleCloseMs as an idle dismissal, not remembered', async () => {
    const { journey, durable, emitted } = setup({ etiquette: { idleCloseMs: 5000 } });
    journey.step('checkout');
    await tick();
    await vi.advanceTimersByTimeAsync(4999);
    expect(widgetCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(host()).toBeNull();
    expect(emitted('dismissed')).toEqual([{ step: 'checkout', reason: 'idle' }]);
    await tick();
    expect(durable.save).not.toHaveBeenCalled();
  });

  it('a prompt the shopper touched does not close when idle', async () => {
    const { journey } = setup({ etiquette: { idleCloseMs: 5000 } });
    journey.step('checkout');
    await tick();
    chooseFace(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(widgetCount()).toBe(1);
  });

  it('idleCloseMs: 0 keeps the prompt open', async () => {
    const { journey } = setup({ etiquette: { idleCloseMs: 0 } });
    journey.step('checkout');
    await tick();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(widgetCount()).toBe(1);
  });

  it('reads the device once per page', async () => {
    const { journey, durable } = setup({ random: () => 0.9, rules: { a: { sample: 0.1 } } });
    journey.step('a');
    await tick();
    journey.step('a');
    await tick();
    expect(durable.load).toHaveBeenCalledTimes(1);
  });

  it('a store that fails to load counts as empty', async () => {
    const { journey, durable } = setup();
    durable.load.mockRejectedValue(new Error('blocked'));
    journey.step('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
  });

  it('a store that fails to save is only a debug note', async () => {
    const { journey, durable, notes } = setup();
    durable.save.mockRejectedValue(new Error('quota'));
    journey.step('checkout');
    await tick();
    clickClose();
    await tick();
    expect(notes()).toContainEqual(['etiquette', new Error('quota')]);
  });
});

describe('createPrompts: a polluted Object.prototype', () => {
  afterEach(() => {
    for (const key of ['optOut', 'en']) Reflect.deleteProperty(Object.prototype, key);
  });

  it('an optOut on it neither blocks an ask nor is written as the shopper’s', async () => {
    Object.assign(Object.prototype, { optOut: true });
    const { journey, durable } = setup();
    journey.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    const acted = Date.now();
    clickClose();
    await tick();
    expect(durable.save).toHaveBeenLastCalledWith({ optOut: false, lastPromptAt: acted, steps: { checkout: acted } });
  });

  it('replacement texts on it are not the site’s', async () => {
    Object.assign(Object.prototype, { en: { question: 'Injected?' } });
    const { journey } = setup({ optional: async () => ({ strings: {}, offers: () => ({}) }) });
    journey.ask('checkout');
    await tick();
    expect(get('legend').textContent).toBe('How did this make you feel?');
  });
});

describe('createPrompts: consent', () => {
  it('without consent nothing is written to the device; the page remembers in memory', async () => {
    const { journey, durable, memory } = setup({ consent: false });
    journey.step('checkout');
    await tick();
    const acted = Date.now();
    clickClose();
    await tick();
    expect(durable.save).not.toHaveBeenCalled();
    expect(memory.save).toHaveBeenLastCalledWith({ optOut: false, lastPromptAt: acted, steps: { checkout: acted } });
    // Still polite on this page.
    journey.ask('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
  });

  it('consent(true) then writes what the page learnt to the device', async () => {
    const { journey, durable, etiquetteMemory } = setup({ consent: false });
    journey.step('checkout');
    await tick();
    const acted = Date.now();
    dontAsk();
    await tick();
    // The shopper's own request is kept on the device at once; nothing else of the page is.
    expect(durable.save).toHaveBeenLastCalledWith({ optOut: true, steps: {} });
    etiquetteMemory.consent(true);
    await tick();
    expect(durable.save).toHaveBeenLastCalledWith({ optOut: true, lastPromptAt: acted, steps: { checkout: acted } });
  });

  it('consent(true) writes nothing when the shopper did not act on a prompt', async () => {
    const { journey, durable, etiquetteMemory } = setup({ consent: false, etiquette: { idleCloseMs: 1000 } });
    journey.step('checkout');
    await tick();
    await vi.advanceTimersByTimeAsync(1000);
    expect(host()).toBeNull();
    etiquetteMemory.consent(true);
    await tick();
    expect(durable.save).not.toHaveBeenCalled();
  });

  it('consent(true) keeps what the device already remembered (the prompts of an earlier visit)', async () => {
    const earlier = NOW - 200 * DAY;
    const { journey, durable, etiquetteMemory } = setup({
      consent: false,
      stored: { lastPromptAt: earlier, steps: { returns: earlier } },
    });
    journey.step('checkout');
    await tick();
    const acted = Date.now();
    clickClose();
    await tick();
    etiquetteMemory.consent(true);
    await tick();
    expect(durable.save).toHaveBeenLastCalledWith({
      lastPromptAt: acted,
      steps: { returns: earlier, checkout: acted },
    });
  });

  it('after consent(true), the device’s memory from an earlier visit counts on this page', async () => {
    const yesterday = NOW - DAY;
    const { journey, notes, etiquetteMemory } = setup({
      consent: false,
      stored: { lastPromptAt: yesterday, steps: { checkout: yesterday } },
      rules: { basket: { sample: 0 } },
    });
    // Before consent the page goes by what it saw itself: yesterday's prompt does not count.
    journey.step('basket');
    await tick();
    expect(notes()).toEqual([['sample', 'step(basket)', 0]]);
    etiquetteMemory.consent(true);
    journey.step('checkout');
    await tick();
    expect(host()).toBeNull();
    expect(notes().at(-1)?.[0]).toBe('cooldown');
  });

  it('without consent, a "don’t ask me again" from an earlier visit holds', async () => {
    const { journey, notes, durable } = setup({ consent: false, stored: { optOut: true, steps: {} } });
    journey.ask('checkout');
    await tick();
    expect(host()).toBeNull();
    expect(notes()).toEqual([['optOut', 'ask(checkout)', undefined]]);
    expect(durable.save).not.toHaveBeenCalled();
  });

  it('consent(false) after consent: later changes stay in memory', async () => {
    const { journey, durable, memory, etiquetteMemory } = setup();
    etiquetteMemory.consent(false);
    journey.step('checkout');
    await tick();
    clickClose();
    await tick();
    expect(durable.save).not.toHaveBeenCalled();
    expect(memory.save).toHaveBeenCalled();
  });
});
