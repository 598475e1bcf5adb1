import { createGlobalTheme, createGlobalThemeContract, globalStyle } from '@vanilla-extract/css';
import { cssName, THEME_TOKENS, type ThemeToken } from './tokens.js';

const names = Object.fromEntries(THEME_TOKENS.map((token) => [token, cssName(token)])) as Record<ThemeToken, string>;

export const vars = createGlobalThemeContract(names, (name) => `feelback-${name}`);

const light = {
  brand: '#3b3bb3',
  onBrand: '#ffffff',
  background: '#ffffff',
  text: '#1f2330',
  muted: '#545b6b',
  border: '#767d8c',
  focus: '#3b3bb3',
  radius: '14px',
  fontFamily: 'system-ui, sans-serif',
  fontSize: '16px',
  space: '16px',
  shadow: '0 6px 24px rgba(16, 20, 40, 0.18)',
  zIndex: '2147483000',
};

createGlobalTheme(':host', vars, light);

// Inherited properties cross the shadow boundary (whatwg/html#7249); reset them so the host
// page's fonts, colours and line heights never leak in. `!important` because a host-page
// `!important` rule on our element would otherwise win.
globalStyle(':host', { all: 'initial !important' as 'initial' });
