import { createGlobalTheme, createGlobalThemeContract, globalStyle } from '@vanilla-extract/css';
import { themeTokens } from './tokens.js';

export const vars = createGlobalThemeContract(themeTokens, (name) => `feelback-${name}`);

const light = {
  brand: '#3b3bb3',
  onBrand: '#ffffff',
  background: '#ffffff',
  text: '#1f2330',
  muted: '#545b6b',
  border: '#767d8c',
  focus: '#3b3bb3',
  radius: '14px',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontSize: '16px',
  space: '16px',
  shadow: '0 6px 24px rgba(16, 20, 40, 0.18)',
  zIndex: '2147483000',
};

createGlobalTheme(':host', vars, light);

// Dark defaults follow the shopper's system; a site's own values on the host still win.
globalStyle(':host', {
  '@media': {
    '(prefers-color-scheme: dark)': {
      vars: {
        [vars.brand]: '#a5b4fc',
        [vars.onBrand]: '#111322',
        [vars.background]: '#1c1f2b',
        [vars.text]: '#eef0f6',
        [vars.muted]: '#b8bdcb',
        [vars.border]: '#8c93a5',
        [vars.focus]: '#c7d2fe',
        [vars.shadow]: '0 6px 24px rgba(0, 0, 0, 0.5)',
      },
    },
  },
});

// Inherited properties cross the shadow boundary (whatwg/html#7249); reset them so the host
// page's fonts, colours and line heights never leak in. `!important` because a host-page
// `!important` rule on our element would otherwise win.
globalStyle(':host', { all: 'initial !important' as 'initial' });
