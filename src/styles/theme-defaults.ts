import type { ThemeToken } from '../config/theme-tokens.js';

/**
 * The default themes. Both meet WCAG 2.2 AA: text and muted text 4.5:1 on the background and on
 * the hover colour, the text on the brand colour 4.5:1, and brand, border and focus 3:1 against
 * the background (1.4.11).
 */
export const LIGHT_THEME: Record<ThemeToken, string> = {
  brand: '#3b3bb3',
  onBrand: '#ffffff',
  background: '#ffffff',
  text: '#1f2330',
  muted: '#545b6b',
  border: '#767d8c',
  focus: '#3b3bb3',
  hover: '#e8e8f4',
  radius: '14px',
  // Half the card's corners, as before there was a token of their own.
  buttonRadius: 'calc(var(--feelback-radius) / 2)',
  chipRadius: '1.125em',
  buttonStyle: 'filled',
  fontFamily: 'system-ui, sans-serif',
  fontSize: 'medium',
  fontWeight: '400',
  space: '1em',
  width: '22.5em',
  shadow: '0 6px 24px rgba(16, 20, 40, 0.18)',
  zIndex: '2147483000',
  faceFill: 'transparent',
};

export const DARK_THEME: Record<ThemeToken, string> = {
  ...LIGHT_THEME,
  brand: '#a5a8ff',
  onBrand: '#14142e',
  background: '#1d2029',
  text: '#eceef4',
  muted: '#b0b6c4',
  border: '#8b92a3',
  focus: '#a5a8ff',
  hover: '#343a4c',
  shadow: '0 6px 24px rgba(0, 0, 0, 0.6)',
};
