import { describe, expect, it } from 'vitest';
// The studio's list of the tokens (plain JS, served as it is): it must name what the widget has.
import * as studio from '../../../demo/studio/tokens.js';
import { SHARED_TOKEN, THEME_TOKENS, tokenCss } from '../../../src/config/theme-tokens.ts';

describe('the theme tokens', () => {
  it('are the ones the studio offers, each with a label', () => {
    expect([...studio.TOKENS].sort()).toEqual([...THEME_TOKENS].sort());
    for (const token of THEME_TOKENS) expect(studio.LABELS[token]).toBeTruthy();
  });

  it('split into palette and shape-and-type tokens as the widget applies them', () => {
    expect(THEME_TOKENS.filter((token) => !SHARED_TOKEN.test(token)).sort()).toEqual([...studio.PALETTE_TOKENS].sort());
  });

  it('put width and fontWeight into max(), where a keyword would void the rule', () => {
    expect(tokenCss('width', 'auto')).toBe('max(auto,1px)');
    expect(tokenCss('fontWeight', 'bold')).toBe('max(bold,1)');
    expect(tokenCss('radius', '4px')).toBe('4px');
  });
});
