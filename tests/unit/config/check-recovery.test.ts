// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { checkRecovery } from '../../../src/config/check-recovery.ts';
import { noted } from '../support/noted.ts';

const BASE = 'https://shop.example/checkout/pay';

function check(value: unknown) {
  const { note, warnings } = noted();
  const recovery = checkRecovery(value, 'config.recovery', note, BASE);
  return { recovery, warnings: warnings() };
}

const ONE_ACTION =
  'config.recovery: expected one action: { link: "/help" }, { phone: "+44 20 7946 0000" } or { event: true }; no help is offered.';

describe('checkRecovery', () => {
  it.each<[string, unknown, unknown]>([
    [
      'a link on the site, resolved against the page',
      { link: '/help/returns' },
      { action: 'link', to: 'https://shop.example/help/returns' },
    ],
    [
      'a link elsewhere',
      { link: 'https://help.example/orders' },
      { action: 'link', to: 'https://help.example/orders' },
    ],
    [
      'a phone number, kept as written',
      { phone: '+44 (0)20 7946-0000' },
      { action: 'phone', to: '+44 (0)20 7946-0000' },
    ],
    ['the site’s own event', { event: true }, { action: 'event' }],
    [
      'a label per language and a threshold',
      { event: true, label: { en: 'Chat with Sam', de: 'Mit Sam chatten' }, threshold: 3 },
      { action: 'event', label: { en: 'Chat with Sam', de: 'Mit Sam chatten' }, threshold: 3 },
    ],
    [
      'threshold 0 (only the lowest point of recommend)',
      { link: '/help', threshold: 0 },
      { action: 'link', to: 'https://shop.example/help', threshold: 0 },
    ],
  ])('keeps %s without a warning', (_name, value, expected) => {
    expect(check(value)).toEqual({ recovery: expected, warnings: [] });
  });

  it('false turns help off (a step’s way of leaving out the site’s)', () => {
    expect(check(false)).toEqual({ recovery: false, warnings: [] });
  });

  it.each<[string, unknown, string]>([
    [
      'a javascript: link',
      { link: 'javascript:alert(1)' },
      'link: expected an http(s) URL or a path starting with "/"',
    ],
    ['a link to another site written as a path', { link: '//evil.example/x' }, 'link: expected an http(s) URL'],
    [
      'a phone number with letters',
      { phone: '0800-FLOWERS' },
      'phone: expected a phone number such as "+44 20 7946 0000"',
    ],
    ['a phone number of two digits', { phone: '12' }, 'phone: expected a phone number'],
    ['event: "chat"', { event: 'chat' }, 'event: expected true'],
  ])('names %s, once, and offers no help', (_name, value, message) => {
    const { recovery, warnings } = check(value);
    expect(recovery).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^config\\.recovery\\.${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it.each<[string, unknown, string]>([
    [
      'an empty label',
      { label: '' },
      'label: expected text of 1 to 80 characters, or a map of locale to text; ignored.',
    ],
    ['a label of 81 characters', { label: 'x'.repeat(81) }, 'label: expected text of 1 to 80 characters'],
    ['threshold 11', { threshold: 11 }, 'threshold: expected a whole number from 0 to 10; ignored.'],
    ['threshold 2.5', { threshold: 2.5 }, 'threshold: expected a whole number from 0 to 10; ignored.'],
  ])('leaves out %s with one warning; the action stays', (_name, value, message) => {
    const { recovery, warnings } = check({ link: '/help', ...(value as object) });
    expect(recovery).toEqual({ action: 'link', to: 'https://shop.example/help' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.startsWith(`config.recovery.${message}`)).toBe(true);
  });

  it('resolves a link’s path against the page’s own origin, never a <base href> on another site', () => {
    vi.stubGlobal('location', { href: BASE, origin: new URL(BASE).origin });
    vi.stubGlobal('document', { baseURI: 'https://cdn.other.example/assets/' });
    try {
      expect(checkRecovery({ link: '/help' }, 'config.recovery', noted().note)).toEqual({
        action: 'link',
        to: 'https://shop.example/help',
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('suggests the field a typo meant, and still offers the help that is right', () => {
    expect(check({ lnik: '/help', phone: '+44 20 7946 0000', treshold: 1 })).toEqual({
      recovery: { action: 'phone', to: '+44 20 7946 0000' },
      warnings: [
        'config.recovery.lnik: unknown field (did you mean "link"?), ignored.',
        'config.recovery.treshold: unknown field (did you mean "threshold"?), ignored.',
      ],
    });
  });

  it('lists the fields for an unknown one far from any', () => {
    expect(check({ url: '/help' })).toEqual({
      recovery: undefined,
      warnings: [
        'config.recovery.url: unknown field (one of link, phone, event, label, threshold), ignored.',
        ONE_ACTION,
      ],
    });
  });

  it('refuses two actions: a shopper gets one clear thing to do', () => {
    expect(check({ link: '/help', phone: '+44 20 7946 0000' })).toEqual({
      recovery: undefined,
      warnings: [ONE_ACTION],
    });
  });

  it.each<[string, unknown]>([
    ['no action', { label: 'Help' }],
    ['an empty object', {}],
    ['a URL instead of an object', '/help'],
    ['true', true],
  ])('says once that %s offers no help', (_name, value) => {
    expect(check(value)).toEqual({ recovery: undefined, warnings: [ONE_ACTION] });
  });

  it('reads only the object’s own fields', () => {
    const inherited = Object.create({ link: '/help' });
    expect(check(inherited)).toEqual({ recovery: undefined, warnings: [ONE_ACTION] });
  });
});
