import { assignVars, createGlobalTheme, createGlobalThemeContract, globalStyle } from '@vanilla-extract/css';
import { cssName, THEME_TOKENS, type ThemeToken } from '../config/theme-tokens.js';
import { DARK_THEME, LIGHT_THEME } from './theme-defaults.js';

const names = Object.fromEntries(THEME_TOKENS.map((token) => [token, cssName(token)])) as Record<ThemeToken, string>;

export const vars = createGlobalThemeContract(names, (name) => `feelback-${name}`);

createGlobalTheme(':host', vars, LIGHT_THEME);

// The host carries data-scheme="auto|light|dark" (the `colorScheme` option): auto follows the
// system setting. A site's `theme` is inline on the host, so it wins in both schemes.
globalStyle(':host([data-scheme=dark])', {
  vars: assignVars(vars, DARK_THEME),
  colorScheme: 'dark !important' as 'dark',
});
globalStyle(':host([data-scheme=auto])', {
  '@media': {
    '(prefers-color-scheme: dark)': { vars: assignVars(vars, DARK_THEME), colorScheme: 'dark !important' as 'dark' },
  },
});

// Inherited properties cross the shadow boundary (whatwg/html#7249); reset them so the host
// page's fonts, colours and line heights never leak in. `!important` because a host-page
// `!important` rule on our element would otherwise win.
globalStyle(':host', { all: 'initial !important' as 'initial' });
// In a page slot the widget takes part in the page's flow.
globalStyle(':host([data-placement=inline])', { display: 'block !important' as 'block' });
