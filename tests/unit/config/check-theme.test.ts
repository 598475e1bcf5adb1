import { describe, expect, it, vi } from 'vitest';
import { checkConfig as parseConfig } from '../../../src/config/check-config.ts';
import { checkTheme, isPlacement } from '../../../src/config/check-theme.ts';

const minimal = { endpoint: '/answers', site: 'shop' };

describe('checkTheme', () => {
  // A stand-in for CSS.supports that knows one valid value per property.
  const valid: Record<string, string> = { color: '#be123c', 'border-radius': '4px', 'box-shadow': 'none' };
  const supports = (property: string, value: string) => valid[property] === value;

  it('keeps the valid values and warns once per invalid one, naming the token', () => {
    const warn = vi.fn();
    const theme = checkTheme({ brand: '#be123c', radius: 'round', shadow: 'none' }, supports, warn);
    expect(theme).toEqual({ brand: '#be123c', shadow: 'none' });
    expect(warn.mock.calls).toEqual([
      ['config.theme.radius: "round" is not a valid CSS border-radius; the default is kept.'],
    ]);
  });

  it('checks colour tokens against the color property', () => {
    const asked: string[] = [];
    checkTheme({ onBrand: 'x', faceFill: 'y', zIndex: '3' }, (property) => !!asked.push(property), vi.fn());
    expect(asked).toEqual(['color', 'color', 'z-index']);
  });

  it.each([
    ['a number', 8],
    ['an empty text', ''],
    ['a text over 200 characters', 'x'.repeat(201)],
    ['an object', { value: '#fff' }],
  ])('keeps the default for %s, with a warning naming the token; the other values apply', (_name, value) => {
    const warn = vi.fn();
    expect(checkTheme({ radius: value, brand: '#be123c' }, supports, warn)).toEqual({ brand: '#be123c' });
    expect(warn.mock.calls).toEqual([
      ['config.theme.radius: expected a CSS value as text of 1 to 200 characters; the default is kept.'],
    ]);
  });

  it('ignores a token it does not know, with a warning that lists the tokens', () => {
    const warn = vi.fn();
    expect(checkTheme({ primary: '#be123c' }, supports, warn)).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^config\.theme\.primary: not a theme token \(brand, onBrand, .*\); ignored\.$/,
    );
  });

  it('never takes an inherited name for a token', () => {
    const warn = vi.fn();
    expect(checkTheme(JSON.parse('{"__proto__": "red", "constructor": "red"}'), supports, warn)).toEqual({});
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('keeps every text value where CSS.supports does not exist (servers), and still checks the rest', () => {
    const warn = vi.fn();
    expect(checkTheme({ brand: 'anything', radius: 4 }, undefined, warn)).toEqual({ brand: 'anything' });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'var() with a url() fallback, which CSS.supports accepts for any property',
      'var(--x, url(https://evil.example/a.png))',
    ],
    ['url()', 'url(https://evil.example/a.png)'],
    ['URL() in capitals', 'URL(https://evil.example/a.png)'],
    ['image-set()', 'image-set("https://evil.example/a.png" 1x)'],
    ['env()', 'env(safe-area-inset-top)'],
    ['an escape that spells url(', 'u\\72l(https://evil.example/a.png)'],
  ])('refuses %s, even where the browser would accept it', (_name, value) => {
    const warn = vi.fn();
    expect(checkTheme({ background: value, brand: '#be123c' }, () => true, warn)).toEqual({ brand: '#be123c' });
    expect(warn.mock.calls).toEqual([
      [
        `config.theme.background: "${value}" uses url(), var() or a function like them, which a theme may not; the default is kept.`,
      ],
    ]);
  });

  it('keeps colour functions and calc()', () => {
    const theme = { brand: 'rgb(190 18 60)', text: 'color-mix(in srgb, #000 80%, white)', radius: 'calc(4px + 2px)' };
    expect(checkTheme(theme, () => true, vi.fn())).toEqual(theme);
  });

  it('keeps everything where CSS.supports does not exist (servers)', () => {
    const warn = vi.fn();
    expect(checkTheme({ brand: 'anything' }, undefined, warn)).toEqual({ brand: 'anything' });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('placement', () => {
  it.each(['bottom-right', 'bottom-left', 'sheet', { inline: '#slot' }])('accepts %j', (placement) => {
    expect(isPlacement(placement)).toBe(true);
    expect(parseConfig({ ...minimal, placement })).toMatchObject({ ok: true, config: { placement } });
  });

  it.each(['top', '', null, { inline: '' }, { inline: 3 }, { inline: '#a', extra: 1 }, ['sheet']])(
    'rejects %j with one message naming the field',
    (placement) => {
      expect(isPlacement(placement)).toBe(false);
      expect(parseConfig({ ...minimal, placement })).toEqual({
        ok: false,
        message: 'config.placement: expected "bottom-right", "bottom-left", "sheet" or { inline: "<CSS selector>" }.',
      });
    },
  );
});

describe('colorScheme', () => {
  it.each(['auto', 'light', 'dark'])('accepts %s', (colorScheme) => {
    expect(parseConfig({ ...minimal, colorScheme })).toMatchObject({ ok: true, config: { colorScheme } });
  });

  it('rejects anything else', () => {
    expect(parseConfig({ ...minimal, colorScheme: 'system' })).toEqual({
      ok: false,
      message: 'config.colorScheme: expected "auto", "light" or "dark".',
    });
  });
});
