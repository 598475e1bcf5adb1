// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { STEP_DEFAULTS, type StepRule } from '../../../src/config/check-steps.ts';
import * as optionalChecks from '../../../src/instance/optional-checks.ts';
import { type OptionalConfig, optionalOptions } from '../../../src/instance/optional-options.ts';
import { noted } from '../support/noted.ts';

const rule = (fields: Partial<StepRule> = {}): StepRule => ({ ...STEP_DEFAULTS, ...fields });
const config = (fields: Partial<OptionalConfig> = {}): OptionalConfig => ({
  strings: undefined,
  recovery: undefined,
  contact: false,
  steps: {},
  ...fields,
});

describe('checkOptional', () => {
  it('offers a step its own help, else the site’s; false on a step offers none there', () => {
    const { note, warnings } = noted();
    const { offers } = optionalChecks.checkOptional(
      config({
        recovery: { link: 'https://shop.example/help' },
        steps: {
          checkout: { recovery: { phone: '+44 20 7946 0000', label: 'Call our team' } },
          returns: { recovery: false },
          review: {},
        },
      }),
      note,
    );
    expect(warnings()).toEqual([]);
    expect(offers('checkout', rule(), 'en').help).toEqual({
      action: 'phone',
      to: '+44 20 7946 0000',
      label: 'Call our team',
      threshold: 2,
    });
    expect(offers('returns', rule(), 'en')).toEqual({});
    expect(offers('review', rule(), 'en').help?.to).toBe('https://shop.example/help');
  });

  it('an option the page made unreadable (a getter that throws) gets one warning, and its default applies', () => {
    const { note, warnings } = noted();
    const throwing = {
      get link(): string {
        throw new Error('x');
      },
    };
    const strings = {
      get en(): Record<string, string> {
        throw new Error('y');
      },
    };
    const { offers, strings: texts } = optionalChecks.checkOptional(
      config({ recovery: throwing, strings, steps: { checkout: { recovery: throwing } } }),
      note,
    );
    expect(warnings()).toEqual([
      'config.steps.checkout.recovery could not be read (Error: x); its default applies.',
      'config.recovery could not be read (Error: x); its default applies.',
      'config.strings could not be read (Error: y); its default applies.',
    ]);
    expect(texts).toBeUndefined();
    expect(offers('checkout', rule(), 'en')).toEqual({});
  });

  it('a step whose help is unusable keeps the site’s, with one warning', () => {
    const { note, warnings } = noted();
    const { offers } = optionalChecks.checkOptional(
      config({ recovery: { event: true }, steps: { checkout: { recovery: { link: 'javascript:alert(1)' } } } }),
      note,
    );
    expect(warnings()).toEqual([
      'config.steps.checkout.recovery.link: expected an http(s) URL or a path starting with "/"; ignored.',
    ]);
    expect(offers('checkout', rule(), 'en').help?.action).toBe('event');
  });

  it('a step’s help with two actions says the site’s applies to it, as it does', () => {
    const { note, warnings } = noted();
    const { offers } = optionalChecks.checkOptional(
      config({
        recovery: { event: true },
        steps: { checkout: { recovery: { link: '/help', phone: '+44 20 7946 0000' } } },
      }),
      note,
    );
    expect(warnings()).toEqual([
      'config.steps.checkout.recovery: expected one action: { link: "/help" }, { phone: "+44 20 7946 0000" } or { event: true }; the site\'s help, if any, applies to this step.',
    ]);
    expect(offers('checkout', rule(), 'en').help?.action).toBe('event');
  });

  it('a step named like a property of every object has no help of its own', () => {
    const { note } = noted();
    const { offers } = optionalChecks.checkOptional(config({ contact: true }), note);
    expect(offers('constructor', rule(), 'en')).toEqual({ contactUpTo: 2 });
  });

  it('keeps the replacement texts that have a usable shape', () => {
    const { note, warnings } = noted();
    const checked = optionalChecks.checkOptional(config({ strings: { de: { send: 'Abschicken', x1: 'y' } } }), note);
    expect(checked.strings).toEqual({ de: { send: 'Abschicken' } });
    expect(warnings()).toHaveLength(1);
  });
});

describe('optionalOptions', () => {
  it('fetches nothing for a config that sets none of them: no texts, no offers', async () => {
    const load = vi.fn(async () => optionalChecks);
    const options = await optionalOptions(config({ steps: { checkout: { sample: 1 } } }), load, vi.fn())();
    expect(load).not.toHaveBeenCalled();
    expect(options.strings).toBeUndefined();
    expect(options.offers('checkout', rule(), 'en')).toEqual({});
  });

  it.each<[string, Partial<OptionalConfig>]>([
    ['strings', { strings: {} }],
    ['recovery', { recovery: false }],
    ['contact', { contact: true }],
    ['a step’s recovery', { steps: { checkout: { recovery: false } } }],
    ['a step’s contact', { steps: { checkout: { contact: false } } }],
  ])('fetches the checks at once for %s: a mistake is warned about before any prompt', async (_, fields) => {
    const load = vi.fn(async () => optionalChecks);
    optionalOptions(config(fields), load, vi.fn());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('checks once, and a fetch that failed is tried again by the next prompt', async () => {
    const { note, warnings } = noted();
    const load = vi
      .fn<() => Promise<typeof optionalChecks>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(optionalChecks);
    const get = optionalOptions(config({ recovery: { lnik: '/help' } }), load, note);
    await expect(get()).rejects.toThrow('offline');
    await get();
    await get();
    expect(load).toHaveBeenCalledTimes(2);
    expect(warnings()).toEqual([
      'config.recovery.lnik: unknown field (did you mean "link"?), ignored.',
      'config.recovery: expected one action: { link: "/help" }, { phone: "+44 20 7946 0000" } or { event: true }; no help is offered.',
    ]);
  });
});
