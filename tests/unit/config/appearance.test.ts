import { describe, expect, it, vi } from 'vitest';
import { checkTheme, isPlacement } from '../../../src/config/appearance.ts';
import { parseConfig } from '../../../src/config/parse-config.ts';

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
