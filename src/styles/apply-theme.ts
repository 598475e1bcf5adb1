import type { ThemeOverrides } from '../config/config.js';
import { cssName } from '../config/theme-tokens.js';

/** Sets the site's `theme` as `--feelback-*` variables on the host element. */
export function applyTheme(host: HTMLElement, theme: ThemeOverrides): void {
  for (const [token, value] of Object.entries(theme)) host.style.setProperty(`--feelback-${cssName(token)}`, value);
}
