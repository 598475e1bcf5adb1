import type { ThemeOverrides } from '../config/config.js';
import { cssName, SHARED_TOKEN } from '../config/theme-tokens.js';

/**
 * Sets the site's `theme` for the scheme the prompt shows in (resolved when it opens) as
 * `--feelback-*` variables on the host: in light the top-level values; in dark the shape and
 * type ones and `dark`'s, over the dark defaults. `buttonStyle` is the host's data-button.
 */
export function applyTheme(host: HTMLElement, { dark, ...light }: ThemeOverrides, scheme: 'light' | 'dark'): void {
  const shared = Object.entries(light).filter(([token]) => SHARED_TOKEN.test(token));
  const values = scheme === 'dark' ? [...shared, ...Object.entries(dark ?? {})] : Object.entries(light);
  for (const [token, value] of values) {
    if (token === 'buttonStyle') host.setAttribute('data-button', value);
    else host.style.setProperty(`--feelback-${cssName(token)}`, value);
  }
}
