import { describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../../../src/config/check-config.ts';
import { checkTheme, isPlacement } from '../../../src/config/check-theme.ts';
import { CSS_WIDE } from '../support/css-wide.ts';
import { noted } from '../support/noted.ts';

const minimal = { endpoint: '/answers', site: 'shop' };

/** CSS.supports as a browser answers it for `all`: only a CSS-wide keyword; `others` for the rest. */
const withAll = (others: (property: string, value: string) => boolean) => (property: string, value: string) =>
  property === 'all' ? CSS_WIDE.test(value) : others(property, value);

/** The checked config (undefined when refused) and the warnings its problems become. */
function parseConfig(input: unknown) {
  const { note, warnings } = noted();
  return { config: checkConfig(input, note), warnings: warnings() };
}

describe('checkTheme', () => {
  // A stand-in for CSS.supports that knows one valid value per property.
  const valid: Record<string, string> = { color: '#be123c', 'border-radius': '4px', 'box-shadow': 'none' };
  const supports = (property: string, value: string) => valid[property] === value;

  it('keeps the valid values and warns once per invalid one, naming the token', () => {
    const warn = noted();
    const theme = checkTheme({ brand: '#be123c', radius: 'round', shadow: 'none' }, supports, warn.note);
    expect(theme).toEqual({ brand: '#be123c', shadow: 'none' });
    expect(warn.warnings()).toEqual([
      'config.theme.radius: "round" is not a valid CSS border-radius; the default is kept.',
    ]);
  });

  it('checks colour tokens against the color property', () => {
    const asked = new Set<string>();
    checkTheme(
      { onBrand: 'x', faceFill: 'y', zIndex: '3' },
      withAll((property) => !!asked.add(property)),
      vi.fn(),
    );
    expect([...asked]).toEqual(['color', 'z-index']);
  });

  it.each([
    ['a number', 8],
    ['an empty text', ''],
    ['a text over 200 characters', 'x'.repeat(201)],
    ['an object', { value: '#fff' }],
  ])('keeps the default for %s, with a warning naming the token; the other values apply', (_name, value) => {
    const warn = noted();
    expect(checkTheme({ radius: value, brand: '#be123c' }, supports, warn.note)).toEqual({ brand: '#be123c' });
    expect(warn.warnings()).toEqual([
      'config.theme.radius: expected a CSS value as text of 1 to 200 characters; the default is kept.',
    ]);
  });

  it('ignores a token it does not know, with a warning that lists the tokens', () => {
    const warn = noted();
    expect(checkTheme({ primary: '#be123c' }, supports, warn.note)).toEqual({});
    expect(warn.warnings()).toHaveLength(1);
    expect(warn.warnings()[0]).toMatch(/^config\.theme\.primary: not a theme token \(brand, onBrand, .*\); ignored\.$/);
  });

  it('never takes an inherited name for a token', () => {
    const warn = noted();
    expect(checkTheme(JSON.parse('{"__proto__": "red", "constructor": "red"}'), supports, warn.note)).toEqual({});
    expect(warn.warnings()).toHaveLength(2);
  });

  it('keeps every text value where CSS.supports does not exist (servers), and still checks the rest', () => {
    const warn = noted();
    expect(checkTheme({ brand: 'anything', radius: 4 }, undefined, warn.note)).toEqual({ brand: 'anything' });
    expect(warn.warnings()).toHaveLength(1);
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
    const warn = noted();
    expect(
      checkTheme(
        { background: value, brand: '#be123c' },
        withAll(() => true),
        warn.note,
      ),
    ).toEqual({
      brand: '#be123c',
    });
    expect(warn.warnings()).toEqual([
      `config.theme.background: "${value}" uses url(), var() or a function like them, which a theme may not; the default is kept.`,
    ]);
  });

  it('keeps colour functions and calc()', () => {
    const theme = { brand: 'rgb(190 18 60)', text: 'color-mix(in srgb, #000 80%, white)', radius: 'calc(4px + 2px)' };
    expect(
      checkTheme(
        theme,
        withAll(() => true),
        vi.fn(),
      ),
    ).toEqual(theme);
  });

  it.each(['inherit', 'initial', 'unset', 'revert', 'revert-layer'])(
    'refuses the CSS-wide keyword "%s", which every property takes and which voids the rules using it',
    (value) => {
      const warn = noted();
      expect(
        checkTheme(
          { fontFamily: value, brand: '#be123c' },
          withAll(() => true),
          warn.note,
        ),
      ).toEqual({
        brand: '#be123c',
      });
      expect(warn.warnings()).toEqual([
        `config.theme.fontFamily: "${value}" is not usable: a CSS-wide keyword would void the rules that use it; the default is kept.`,
      ]);
    },
  );

  it('refuses a radius of two lengths, a border-radius the widget cannot halve; one length is kept', () => {
    // padding-top takes one length, as Chromium answers; border-radius takes both.
    const supports = withAll((property, value) => property !== 'padding-top' || !value.includes(' '));
    const warn = noted();
    expect(checkTheme({ radius: '10px 20px', chipRadius: '10px 20px' }, supports, warn.note)).toEqual({
      chipRadius: '10px 20px',
    });
    expect(checkTheme({ radius: '10px' }, supports, vi.fn())).toEqual({ radius: '10px' });
    expect(warn.warnings()).toEqual([
      'config.theme.radius: "10px 20px" is not one length: the widget halves radius for its buttons; the default is kept.',
    ]);
  });

  it('refuses a font weight the browser takes inside max() but not as written (over 1000)', () => {
    const supports = withAll((_property, value) => value !== '1200');
    expect(checkTheme({ fontWeight: '1200' }, supports, vi.fn())).toEqual({});
    expect(checkTheme({ fontWeight: '700' }, supports, vi.fn())).toEqual({ fontWeight: '700' });
  });

  it('keeps everything where CSS.supports does not exist (servers)', () => {
    const warn = noted();
    expect(checkTheme({ brand: 'anything' }, undefined, warn.note)).toEqual({ brand: 'anything' });
    expect(warn.warnings()).toEqual([]);
  });
});

describe('checkTheme: the fix in the message', () => {
  // CSS.supports for the few values these tests use, as Chromium answers them.
  const accepted = new Set([
    'color #1F6F4A',
    'color #fff',
    'border-radius 18px',
    'padding-top 18px',
    'padding 12px',
    'width 360px',
    'width max(360px,1px)',
    'width 22em',
    'width max(22em,1px)',
    'font-weight 500',
    'font-weight max(500,1)',
  ]);
  const supports = (property: string, value: string) => accepted.has(`${property} ${value}`);

  it.each([
    ['brand', '1F6F4A', 'color', '#1F6F4A'],
    ['background', 'fff', 'color', '#fff'],
    ['radius', '18', 'border-radius', '18px'],
    ['space', '12', 'padding', '12px'],
    ['width', '360', 'width', '360px'],
  ])('%s "%s" is not a valid CSS %s: the message names "%s"', (token, value, property, fix) => {
    const warn = noted();
    expect(checkTheme({ [token]: value }, supports, warn.note)).toEqual({});
    expect(warn.warnings()).toEqual([
      `config.theme.${token}: "${value}" is not a valid CSS ${property} (did you mean "${fix}"?); the default is kept.`,
    ]);
  });

  it('suggests nothing when neither a # nor a px would do', () => {
    const warn = noted();
    checkTheme({ brand: 'blu', radius: 'round' }, supports, warn.note);
    expect(warn.warnings()).toEqual([
      'config.theme.brand: "blu" is not a valid CSS color; the default is kept.',
      'config.theme.radius: "round" is not a valid CSS border-radius; the default is kept.',
    ]);
  });
});

describe('checkTheme: the new tokens', () => {
  it('checks hover as a colour, the radii as border-radius, fontWeight and width inside max()', () => {
    const asked: string[] = [];
    const theme = { hover: '#eee', buttonRadius: '4px', chipRadius: '0', fontWeight: '500', width: '24em' };
    const kept = checkTheme(
      theme,
      (property, value) => property !== 'all' && !!asked.push(`${property} ${value}`),
      vi.fn(),
    );
    expect(kept).toEqual(theme);
    // Each as written, then as the widget's CSS uses it.
    expect(asked).toEqual([
      'color #eee',
      'color #eee',
      'border-radius 4px',
      'border-radius 4px',
      'border-radius 0',
      'border-radius 0',
      'font-weight 500',
      'font-weight max(500,1)',
      'width 24em',
      'width max(24em,1px)',
    ]);
  });

  it('refuses a keyword that would void the max() the widget puts width and fontWeight in', () => {
    const supports = withAll((_property, value) => !/auto|bold/.test(value));
    const warn = noted();
    expect(checkTheme({ width: 'auto', fontWeight: 'bold', radius: '2px' }, supports, warn.note)).toEqual({
      radius: '2px',
    });
    expect(warn.warnings()).toEqual([
      'config.theme.width: "auto" is not a valid CSS width; the default is kept.',
      'config.theme.fontWeight: "bold" is not a valid CSS font-weight; the default is kept.',
    ]);
  });

  it.each(['filled', 'outline'])('keeps buttonStyle "%s" without asking the browser', (buttonStyle) => {
    const supports = vi.fn(() => false);
    expect(checkTheme({ buttonStyle }, supports, vi.fn())).toEqual({ buttonStyle });
    expect(supports).not.toHaveBeenCalled();
  });

  it('refuses any other buttonStyle, naming the two words', () => {
    const warn = noted();
    expect(checkTheme({ buttonStyle: 'ghost' }, () => true, warn.note)).toEqual({});
    expect(warn.warnings()).toEqual([
      'config.theme.buttonStyle: "ghost" is not "filled" or "outline"; the default is kept.',
    ]);
  });
});

describe('checkTheme: the dark palette', () => {
  const supports = withAll((property, value) => property !== 'color' || /^#[\da-f]{3,8}$/i.test(value));

  it('checks `dark` like the top level, with warnings that name config.theme.dark', () => {
    const warn = noted();
    const theme = checkTheme(
      { brand: '#1f6f4a', dark: { brand: '#8fd1ae', background: 'blak', primary: '#000', text: '1B1B1B' } },
      supports,
      warn.note,
    );
    expect(theme).toEqual({ brand: '#1f6f4a', dark: { brand: '#8fd1ae' } });
    expect(warn.warnings()).toEqual([
      'config.theme.dark.background: "blak" is not a valid CSS color; the default is kept.',
      expect.stringMatching(/^config\.theme\.dark\.primary: not a theme token \(brand, .*\); ignored\.$/),
      'config.theme.dark.text: "1B1B1B" is not a valid CSS color (did you mean "#1B1B1B"?); the default is kept.',
    ]);
  });

  it.each([
    ['a text', 'navy'],
    ['a list', ['#000']],
    ['null', null],
  ])('warns once and ignores a `dark` that is %s', (_name, dark) => {
    const warn = noted();
    expect(checkTheme({ brand: '#000', dark }, supports, warn.note)).toEqual({ brand: '#000' });
    expect(warn.warnings()).toEqual(['config.theme.dark: expected an object of theme tokens; ignored.']);
  });

  it('takes no `dark` inside `dark`', () => {
    const warn = noted();
    expect(checkTheme({ dark: { dark: { brand: '#000' } } }, supports, warn.note)).toEqual({ dark: {} });
    expect(warn.warnings()[0]).toMatch(/^config\.theme\.dark\.dark: not a theme token/);
  });
});

describe('placement', () => {
  it.each(['bottom-right', 'bottom-left', 'sheet', { inline: '#slot' }])('accepts %j', (placement) => {
    expect(isPlacement(placement)).toBe(true);
    expect(parseConfig({ ...minimal, placement })).toEqual({
      config: expect.objectContaining({ placement }),
      warnings: [],
    });
  });

  it.each(['top', '', null, { inline: '' }, { inline: 3 }, { inline: '#a', extra: 1 }, ['sheet']])(
    'rejects %j with one message naming the field',
    (placement) => {
      expect(isPlacement(placement)).toBe(false);
      expect(parseConfig({ ...minimal, placement })).toEqual({
        config: undefined,
        warnings: [
          'config.placement: expected "bottom-right", "bottom-left", "sheet" or { inline: "<CSS selector>" }. The widget stays off.',
        ],
      });
    },
  );
});

describe('colorScheme', () => {
  it.each(['auto', 'light', 'dark'])('accepts %s', (colorScheme) => {
    expect(parseConfig({ ...minimal, colorScheme })).toEqual({
      config: expect.objectContaining({ colorScheme }),
      warnings: [],
    });
  });

  it('rejects anything else', () => {
    expect(parseConfig({ ...minimal, colorScheme: 'system' })).toEqual({
      config: undefined,
      warnings: ['config.colorScheme: expected "auto", "light" or "dark". The widget stays off.'],
    });
  });
});
