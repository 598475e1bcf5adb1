import { describe, expect, it } from 'vitest';
import { parseTriggers } from '../../../src/journey/trigger-rules.ts';

function parse(input: unknown) {
  const warnings: string[] = [];
  const triggers = parseTriggers(input, (message) => warnings.push(message), document);
  return { triggers, warnings };
}

describe('parseTriggers', () => {
  it('takes a condition set to undefined (a CMS field left empty) for one not given', () => {
    const { triggers, warnings } = parse([{ step: 'buy', on: { click: '.buy', url: undefined } }]);
    expect(warnings).toEqual([]);
    expect(triggers).toMatchObject([{ step: 'buy', kind: 'click', value: '.buy', page: undefined }]);
  });

  it('skips a rule the page made unreadable (a getter or a Proxy that throws), with a warning; the others stay', () => {
    const throwing = () => {
      throw new Error('x');
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const { triggers, warnings } = parse([
      {
        get step() {
          return throwing();
        },
        on: { timeOnPage: 1 },
      },
      { step: 'a', on: new Proxy({}, { ownKeys: throwing }) },
      proxy,
      { step: 'b', on: { timeOnPage: 1 } },
    ]);
    expect(triggers.map(({ step }) => step)).toEqual(['b']);
    expect(warnings).toEqual([
      'config.triggers[0]: could not be read (Error: x). This rule is skipped.',
      'config.triggers[1]: could not be read (Error: x). This rule is skipped.',
      expect.stringMatching(/^config\.triggers\[2\]: could not be read \(TypeError: .*\)\. This rule is skipped\.$/),
    ]);
  });

  it('accepts every kind of rule', () => {
    const { triggers, warnings } = parse([
      { step: 'order_confirmed', on: { url: '/order/*/confirmed' } },
      { step: 'order', on: { urlPattern: '^/order/\\d+$' } },
      { step: 'add_to_basket', on: { click: '.add-to-basket' } },
      { step: 'basket', on: { event: 'cart:updated' } },
      { step: 'reading', on: { timeOnPage: 30_000 } },
      { step: 'read', on: { scrollDepth: 75 } },
      { step: 'leaving', on: { exitIntent: true } },
      { step: 'product_click', on: { click: 'button.buy', url: '/product/**' } },
    ]);
    expect(warnings).toEqual([]);
    expect(triggers.map(({ step, kind }) => [step, kind])).toEqual([
      ['order_confirmed', 'url'],
      ['order', 'url'],
      ['add_to_basket', 'click'],
      ['basket', 'event'],
      ['reading', 'timeOnPage'],
      ['read', 'scrollDepth'],
      ['leaving', 'exitIntent'],
      ['product_click', 'click'],
    ]);
    expect(triggers[2]).toMatchObject({ value: '.add-to-basket' });
    expect(triggers[3]).toMatchObject({ value: 'cart:updated' });
    expect(triggers[4]).toMatchObject({ value: 30_000 });
    expect(triggers[5]).toMatchObject({ value: 75 });
    expect(triggers[0]?.page?.({ pathname: '/order/9/confirmed', search: '', hash: '' })).toBe(true);
    expect(triggers[1]?.page?.({ pathname: '/order/9/confirmed', search: '', hash: '' })).toBe(false);
    expect(triggers[7]?.page?.({ pathname: '/product/shoes', search: '', hash: '' })).toBe(true);
    expect(triggers[2]?.page).toBeUndefined();
    expect(triggers[6]).toMatchObject({ value: true });
  });

  it('ignores a missing list', () => {
    expect(parse(undefined)).toEqual({ triggers: [], warnings: [] });
  });

  it.each([
    [
      { step: 'checkout', on: { click: 'button[' } },
      ' (step "checkout"): on.click: expected a CSS selector that parses',
    ],
    [
      { step: 'order', on: { urlPattern: '^/order/(\\d+$' } },
      ' (step "order"): on.urlPattern: expected a valid RegExp source',
    ],
    [{ step: 'order', on: { url: 'order/*' } }, ' (step "order"): on.url: expected a path glob starting with "/"'],
    [
      { step: 'read', on: { scrollDepth: 150 } },
      ' (step "read"): on.scrollDepth: expected a whole number from 1 to 100',
    ],
    [{ step: 'wait', on: { timeOnPage: -1 } }, ' (step "wait"): on.timeOnPage: expected a whole number from 1 to'],
    [
      { step: 'basket', on: { event: 'cart updated' } },
      ' (step "basket"): on.event: expected an event name without spaces',
    ],
    [{ step: 'leave', on: { exitIntent: 'yes' } }, ' (step "leave"): on.exitIntent: expected true.'],
    [{ step: 'leave', on: { exitIntent: false } }, ' (step "leave"): on.exitIntent: expected true.'],
    [
      { step: 'two', on: { click: 'a', scrollDepth: 50 } },
      ' (step "two"): on: one trigger per rule, got click and scrollDepth',
    ],
    [{ step: 'both', on: { url: '/a', urlPattern: 'a' } }, ' (step "both"): on: use either url or urlPattern'],
    [{ step: 'typo', on: { clik: '.buy' } }, ' (step "typo"): on.clik: unknown trigger; expected {'],
    [{ step: 'none', on: {} }, ' (step "none"): on: expected { url | urlPattern | click'],
    [{ step: 'no_on' }, ' (step "no_on"): on: expected {'],
    [{ step: 'bad step', on: { url: '/a' } }, ' (step "bad step"): step: expected a step name'],
    [{ on: { url: '/a' } }, ': step: expected a step name'],
    ['/order/*', ': rule: expected object'],
  ])('warns once for %j, naming the rule', (rule, expected) => {
    const valid = { step: 'kept', on: { event: 'ok' } };
    const { triggers, warnings } = parse([valid, rule, valid]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.startsWith(`config.triggers[1]${expected}`), warnings[0]).toBe(true);
    expect(warnings[0]).toMatch(/\. This rule is skipped\.$/);
    expect(triggers.map((trigger) => trigger.step)).toEqual(['kept', 'kept']);
  });
});
