/**
 * The prompt UI: preact, the components, their styles and the English texts. The core fetches
 * it the first time a prompt shows, so pages where nobody is asked never download or run it.
 */

/** The default light and dark themes, for tools such as the demo's studio. */
export { DARK_THEME, LIGHT_THEME } from '../styles/theme-defaults.js';
export { THEME_TOKENS, TOKEN_PROPERTY } from '../styles/tokens.js';
export { openPromptSession, type PromptSessionOptions, THANKS_MS } from './prompt-session.js';
