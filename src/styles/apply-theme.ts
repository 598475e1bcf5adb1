import type { ThemeOverrides } from '../config/schema.js';
import { cssName } from './tokens.js';

/** Sets the site's `theme` as `--feelback-*` variables on the host element. */
export function applyTheme(host: HTMLElement, theme: ThemeOverrides): void {
  for (const [token, value] of Object.entries(theme)) host.style.setProperty(`--feelback-${cssName(token)}`, value);
}
