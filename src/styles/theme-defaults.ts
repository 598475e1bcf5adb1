import type { ThemeToken } from '../config/theme-tokens.js';

/**
 * The default themes. Both meet WCAG 2.2 AA: text and muted text 4.5:1 on the background, the
 * text on the brand colour 4.5:1, and brand, border and focus 3:1 against the background (1.4.11).
 */
export const LIGHT_THEME: Record<ThemeToken, string> = {
  brand: '#3b3bb3',
  onBrand: '#ffffff',
  background: '#ffffff',
  text: '#1f2330',
  muted: '#545b6b',
  border: '#767d8c',
  focus: '#3b3bb3',
  radius: '14px',
  fontFamily: 'system-ui, sans-serif',
  fontSize: 'medium',
  space: '1em',
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
  shadow: '0 6px 24px rgba(0, 0, 0, 0.6)',
};
