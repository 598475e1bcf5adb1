/**
 * The help after a low answer and the contact question: a file of its own (dist/feelback-help.*.js,
 * or a chunk your bundler splits off) with its styles and English texts, fetched by the prompt
 * only once a low rating is chosen on a step that offers either. Other languages' texts come as
 * their `help` part.
 */
export { createHelpKit, type HelpKit, type HelpKitOptions } from './help-kit.js';
