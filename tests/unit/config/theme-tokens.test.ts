import { describe, expect, it } from 'vitest';
// The studio's copy of the rules (plain JS, served as it is): it must say what the widget says.
import * as studio from '../../../demo/studio/tokens.js';
import { SHARED_TOKEN, THEME_TOKENS, tokenCss, tokenProperty } from '../../../src/config/theme-tokens.ts';

describe('the theme tokens', () => {
  it('are the ones the studio offers, each with a label', () => {
    expect([...studio.TOKENS].sort()).toEqual([...THEME_TOKENS].sort());
    for (const token of THEME_TOKENS) expect(studio.LABELS[token]).toBeTruthy();
  });

  it('split into palette and shape-and-type tokens as the widget applies them', () => {
    expect(THEME_TOKENS.filter((token) => !SHARED_TOKEN.test(token)).sort()).toEqual([...studio.PALETTE_TOKENS].sort());
  });

  it.each(THEME_TOKENS)('%s is checked against the same CSS property in the studio', (token) => {
    expect(studio.property(token)).toBe(tokenProperty(token));
  });

  it('put width and fontWeight into max(), where a keyword would void the rule', () => {
    expect(tokenCss('width', 'auto')).toBe('max(auto,1px)');
    expect(tokenCss('fontWeight', 'bold')).toBe('max(bold,1)');
    expect(tokenCss('radius', '4px')).toBe('4px');
  });
});
