// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { STEP_DEFAULTS, type StepRule } from '../../../src/config/check-steps.ts';
import { ETIQUETTE_DEFAULTS } from '../../../src/config/config.ts';
import { type EtiquetteState, mergeStates, rememberPrompt, whyNotPrompt } from '../../../src/journey/etiquette.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 12);
const empty: EtiquetteState = { steps: {} };
const rule = (fields: Partial<StepRule> = {}): StepRule => ({ ...STEP_DEFAULTS, ...fields });
const moment = (fields: { now?: number; shownThisPage?: number; draw?: number } = {}) => ({
  now: NOW,
  shownThisPage: 0,
  draw: 0,
  ...fields,
});
const why = (
  state: EtiquetteState = empty,
  fields: Parameters<typeof moment>[0] = {},
  stepRule = rule(),
  options = ETIQUETTE_DEFAULTS,
) => whyNotPrompt('checkout', stepRule, state, options, moment(fields));

/** Sets what a polluted page adds to every object; afterEach takes it away. */
const POLLUTED = ['optOut', 'lastPromptAt', 'checkout'];
const pollute = () => Object.assign(Object.prototype, { optOut: true, lastPromptAt: NOW, checkout: NOW });
afterEach(() => {
  for (const key of POLLUTED) Reflect.deleteProperty(Object.prototype, key);
});

describe('whyNotPrompt', () => {
  it('lets a first prompt through on a fresh device', () => {
    expect(why()).toBeUndefined();
  });

  it('reads only the state’s own opt-out and times, never a polluted Object.prototype', () => {
    pollute();
    expect(why({ steps: {} })).toBeUndefined();
  });

  it('blocks everything once the shopper opted out', () => {
    expect(why({ optOut: true, steps: {} })).toEqual(['optOut']);
  });

  it('an explicit optOut: false does not block', () => {
    expect(why({ optOut: false, steps: {} })).toBeUndefined();
  });

  describe('prompts per page', () => {
    it('blocks once the per-page cap is reached', () => {
      expect(why(empty, { shownThisPage: 1 })).toEqual(['perPage', 1]);
    });

    it('follows a higher cap', () => {
      const options = { ...ETIQUETTE_DEFAULTS, promptsPerPage: 2 };
      expect(why(empty, { shownThisPage: 1 }, rule(), options)).toBeUndefined();
      expect(why(empty, { shownThisPage: 2 }, rule(), options)).toEqual(['perPage', 2]);
    });

    it('a cap of 0 blocks every step prompt', () => {
      expect(why(empty, {}, rule(), { ...ETIQUETTE_DEFAULTS, promptsPerPage: 0 })).toEqual(['perPage', 0]);
    });
  });

  describe('cooldown after any prompt (14 days by default)', () => {
    const promptedAgo = (ms: number) => why({ lastPromptAt: NOW - ms, steps: {} });

    it('blocks 1 ms short of 14 days', () => {
      expect(promptedAgo(14 * DAY - 1)).toEqual(['cooldown', 14]);
    });

    it('allows at exactly 14 days', () => {
      expect(promptedAgo(14 * DAY)).toBeUndefined();
    });

    it('blocks right after a prompt', () => {
      expect(promptedAgo(0)).toEqual(['cooldown', 14]);
    });

    it('a cooldown of 0 days never blocks', () => {
      const options = { ...ETIQUETTE_DEFAULTS, cooldownDays: 0 };
      expect(why({ lastPromptAt: NOW, steps: {} }, {}, rule(), options)).toBeUndefined();
    });

    it('counts a time written while the clock was ahead as unknown: a prompt a year ahead blocks nothing', () => {
      // Honoured, it would block every prompt until the clock got there; a day's skew still counts.
      expect(promptedAgo(-365 * DAY)).toBeUndefined();
      expect(why({ steps: { checkout: NOW + 365 * DAY } })).toBeUndefined();
      expect(promptedAgo(-DAY)).toEqual(['cooldown', 14]);
    });

    it('names a configured cooldown', () => {
      const options = { ...ETIQUETTE_DEFAULTS, cooldownDays: 3 };
      expect(why({ lastPromptAt: NOW - 3 * DAY + 1, steps: {} }, {}, rule(), options)).toEqual(['cooldown', 3]);
      expect(why({ lastPromptAt: NOW - 3 * DAY, steps: {} }, {}, rule(), options)).toBeUndefined();
    });
  });

  describe('re-asking the same step (90 days by default)', () => {
    const stepAt = (ms: number, stepRule = rule(), step = 'checkout') =>
      why({ steps: { [step]: NOW - ms } }, {}, stepRule);

    it('blocks 1 ms short of 90 days', () => {
      expect(stepAt(90 * DAY - 1)).toEqual(['reask', 90]);
    });

    it('allows at exactly 90 days', () => {
      expect(stepAt(90 * DAY)).toBeUndefined();
    });

    it('is per step: another step asked yesterday does not block', () => {
      expect(stepAt(DAY, rule(), 'returns')).toBeUndefined();
    });

    it('a step’s reaskAfterDays overrides the default, both ways', () => {
      expect(stepAt(10 * DAY - 1, rule({ reaskAfterDays: 10 }))).toEqual(['reask', 10]);
      expect(stepAt(10 * DAY, rule({ reaskAfterDays: 10 }))).toBeUndefined();
      expect(stepAt(100 * DAY, rule({ reaskAfterDays: 365 }))).toEqual(['reask', 365]);
    });

    it('reaskAfterDays: 0 asks again at once', () => {
      expect(stepAt(0, rule({ reaskAfterDays: 0 }))).toBeUndefined();
    });
  });

  describe('sampling with a fixed draw', () => {
    it('sample 1 takes every draw below 1', () => {
      expect(why(empty, { draw: 0.999_999 })).toBeUndefined();
    });

    it('sample 0 takes none, not even a draw of 0', () => {
      expect(why(empty, { draw: 0 }, rule({ sample: 0 }))).toEqual(['sample', 0]);
    });

    it('sample 0.25 takes draws below 0.25 and leaves 0.25 and above', () => {
      const quarter = rule({ sample: 0.25 });
      expect(why(empty, { draw: 0 }, quarter)).toBeUndefined();
      expect(why(empty, { draw: 0.249_999 }, quarter)).toBeUndefined();
      expect(why(empty, { draw: 0.25 }, quarter)).toEqual(['sample', 0.25]);
      expect(why(empty, { draw: 0.9 }, quarter)).toEqual(['sample', 0.25]);
    });

    it('samples about the given share of a seeded sequence of draws', () => {
      // A small linear congruential generator: the same draws on every run.
      let seed = 42;
      const next = () => {
        seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32;
        return seed / 2 ** 32;
      };
      const draws = Array.from({ length: 10_000 }, next);
      const taken = draws.filter((draw) => why(empty, { draw }, rule({ sample: 0.3 })) === undefined).length;
      expect(taken).toBe(draws.filter((draw) => draw < 0.3).length);
      expect(taken / draws.length).toBeGreaterThan(0.28);
      expect(taken / draws.length).toBeLessThan(0.32);
    });
  });

  it('reports the first reason in order: opt-out, page cap, cooldown, re-ask, sampling', () => {
    const all: EtiquetteState = { optOut: true, lastPromptAt: NOW, steps: { checkout: NOW } };
    const unsampled = rule({ sample: 0 });
    expect(why(all, { shownThisPage: 1 }, unsampled)).toEqual(['optOut']);
    expect(why({ ...all, optOut: false }, { shownThisPage: 1 }, unsampled)).toEqual(['perPage', 1]);
    expect(why({ ...all, optOut: false }, {}, unsampled)).toEqual(['cooldown', 14]);
    expect(why({ steps: all.steps }, {}, unsampled)).toEqual(['reask', 90]);
    expect(why(empty, {}, unsampled)).toEqual(['sample', 0]);
  });
});

describe('rememberPrompt', () => {
  it('records the time globally and for the step', () => {
    expect(rememberPrompt(empty, 'checkout', NOW)).toEqual({ lastPromptAt: NOW, steps: { checkout: NOW } });
  });

  it('keeps other steps and the opt-out, and does not change the state it was given', () => {
    const before: EtiquetteState = { optOut: true, lastPromptAt: 1, steps: { returns: 1, checkout: 1 } };
    const copy = structuredClone(before);
    expect(rememberPrompt(before, 'checkout', NOW)).toEqual({
      optOut: true,
      lastPromptAt: NOW,
      steps: { returns: 1, checkout: NOW },
    });
    expect(before).toEqual(copy);
  });

  it('then blocks that step by cooldown and re-ask', () => {
    const remembered = rememberPrompt(empty, 'checkout', NOW);
    expect(why(remembered, { now: NOW + DAY })).toEqual(['cooldown', 14]);
    expect(why(remembered, { now: NOW + 14 * DAY })).toEqual(['reask', 90]);
    expect(why(remembered, { now: NOW + 90 * DAY })).toBeUndefined();
  });
});

describe('mergeStates', () => {
  it('keeps the later time of each step and of the last prompt', () => {
    expect(mergeStates({ lastPromptAt: 5, steps: { a: 5, b: 1 } }, { lastPromptAt: 3, steps: { b: 3, c: 3 } })).toEqual(
      { lastPromptAt: 5, steps: { a: 5, b: 3, c: 3 } },
    );
  });

  it('an opt-out from either side holds', () => {
    expect(mergeStates({ optOut: true, steps: {} }, { optOut: false, steps: {} })).toEqual({ optOut: true, steps: {} });
    expect(mergeStates({ steps: {} }, { optOut: true, steps: {} })).toEqual({ optOut: true, steps: {} });
  });

  it('takes nothing from a polluted Object.prototype', () => {
    pollute();
    const merged = mergeStates({ steps: {} }, { steps: { checkout: 1 } });
    expect([Object.hasOwn(merged, 'optOut'), Object.hasOwn(merged, 'lastPromptAt'), merged.steps]).toEqual([
      false,
      false,
      { checkout: 1 },
    ]);
  });

  it('adds nothing that neither side had', () => {
    expect(mergeStates({ steps: {} }, { optOut: false, steps: {} })).toEqual({ steps: {} });
    expect(mergeStates({ steps: {} }, { lastPromptAt: 7, steps: {} })).toEqual({ lastPromptAt: 7, steps: {} });
  });
});
