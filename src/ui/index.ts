/**
 * The prompt UI: preact, the components, their styles, the English texts and the reader of the
 * other languages' files. The core fetches it the first time a prompt shows, so pages where
 * nobody is asked never download or run it.
 */

export { unpackLocale } from '../i18n/unpack-locale.js';
export { openPromptSession, type PromptSessionOptions, THANKS_MS } from './prompt-session.js';
