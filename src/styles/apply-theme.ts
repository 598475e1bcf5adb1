import type { ColorScheme, ThemeOverrides } from '../config/config.js';
import { cssName, SHARED_TOKEN } from '../config/theme-tokens.js';
import { own } from '../shared/checks.js';

/**
 * Sets the site's `theme` for the scheme the prompt shows in (resolved when it opens) as
 * `--feelback-*` variables on the host: the shape and type tokens always, then that scheme's
 * palette (the top-level colours in light, `dark`'s in dark, over the dark defaults). A prompt
 * that is always dark (`colorScheme: 'dark'`) with no `dark` shows the one palette given.
 * `buttonStyle` is the host's data-button.
 */
export function applyTheme(
  host: HTMLElement,
  theme: ThemeOverrides,
  scheme: 'light' | 'dark',
  option?: ColorScheme,
): void {
  const { dark: _, ...light } = theme;
  // The theme's own `dark` only: one on a polluted Object.prototype was never checked.
  const dark = own(theme, 'dark');
  const palette = scheme === 'light' ? light : (dark ?? (option === 'dark' ? light : {}));
  for (const [token, value] of [
    ...Object.entries(light).filter(([token]) => SHARED_TOKEN.test(token)),
    ...Object.entries(palette),
  ]) {
    if (token === 'buttonStyle') host.setAttribute('data-button', value);
    else host.style.setProperty(`--feelback-${cssName(token)}`, value);
  }
}
