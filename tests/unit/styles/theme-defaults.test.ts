import { describe, expect, it } from 'vitest';
import { checkContrast } from '../../../demo/studio/contrast.js';
import { THEME_TOKENS } from '../../../src/config/theme-tokens.ts';
import { DARK_THEME, LIGHT_THEME } from '../../../src/styles/theme-defaults.ts';

describe.each([
  ['light', LIGHT_THEME],
  ['dark', DARK_THEME],
])('the default %s theme', (_name, theme) => {
  it('has a value for every token', () => {
    expect(Object.keys(theme).sort()).toEqual([...THEME_TOKENS].sort());
  });

  it('meets WCAG 2.2 AA for every text (1.4.3) and non-text (1.4.11) pair', () => {
    const results = checkContrast(theme);
    expect(results).toHaveLength(8);
    expect(results.filter((pair) => !pair.pass).map((pair) => `${pair.fg} on ${pair.bg}: ${pair.ratio}`)).toEqual([]);
  });
});
