import { createGlobalTheme, createGlobalThemeContract, globalStyle } from '@vanilla-extract/css';
import { cssName, THEME_TOKENS } from '../config/theme-tokens.js';
import { DARK_THEME, LIGHT_THEME } from './theme-defaults.js';

// `buttonStyle` is the host's data-button (styles/apply-theme.ts), not a variable.
const TOKENS = THEME_TOKENS.filter((token) => token !== 'buttonStyle');
type CssToken = (typeof TOKENS)[number];
const names = Object.fromEntries(TOKENS.map((token) => [token, cssName(token)])) as Record<CssToken, string>;
const values = (theme: Record<string, string>, tokens: readonly CssToken[]) =>
  Object.fromEntries(tokens.map((token) => [token, theme[token]])) as Record<CssToken, string>;

export const vars = createGlobalThemeContract(names, (name) => `feelback-${name}`);

createGlobalTheme(':host', vars, values(LIGHT_THEME, TOKENS));

// The host carries data-scheme="light|dark", resolved when the prompt opens (ui/color-scheme.ts).
// Only what differs from light is set again. A site's `theme` is inline on the host, the palette
// of that scheme only (styles/apply-theme.ts).
const darker = TOKENS.filter((token) => DARK_THEME[token] !== LIGHT_THEME[token]);
globalStyle(':host([data-scheme=dark])', {
  vars: Object.fromEntries(darker.map((token) => [vars[token], DARK_THEME[token]])),
  colorScheme: 'dark !important' as 'dark',
});

// Inherited properties cross the shadow boundary (whatwg/html#7249); reset them so the host
// page's fonts, colours and line heights never leak in. `!important` because a host-page
// `!important` rule on our element would otherwise win.
globalStyle(':host', { all: 'initial !important' as 'initial' });
// In a page slot the widget takes part in the page's flow.
globalStyle(':host([data-placement=inline])', { display: 'block !important' as 'block' });
// Anywhere else it takes no part in it: in a flex or grid <body> an in-flow host (or the element
// preact renders into) is one more item, and the page's `gap` and `space-between` move its own
// content when a prompt shows. No box at all, rather than an absolute one: no stacking context
// (the fixed card still stacks over the page), and no position that depends on the page.
globalStyle(':host(:not([data-placement=inline])), :host(:not([data-placement=inline])) > div', {
  display: 'contents !important' as 'contents',
});
