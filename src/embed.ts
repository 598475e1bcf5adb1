/**
 * The script-tag entry (dist/feelback.js), and the only module with a global side effect: it
 * replaces the `window.feelback` stub with the real command function and replays queued calls.
 */
import { createFeelback, type Feelback } from './feelback.js';
import { createLogger } from './log.js';

type Command = (...args: unknown[]) => unknown;
type Stub = Command & { q?: ArrayLike<ArrayLike<unknown>>; loaded?: true };

const log = createLogger(() => false);
const COMMANDS = ['init', 'ask', 'flush', 'on', 'off', 'destroy'] as const;

function run(instance: Feelback, args: ArrayLike<unknown>): unknown {
  const [command, ...rest] = Array.from(args);
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) {
    log.warn(`unknown command ${JSON.stringify(command)}; expected one of ${COMMANDS.join(', ')}.`);
    return undefined;
  }
  return (instance[command as (typeof COMMANDS)[number]] as Command)(...rest);
}

/** Config from `<script src=".../feelback.js" data-endpoint="…" data-site="…">`. */
function configFromScript(script: HTMLOrSVGScriptElement | null): Record<string, unknown> | undefined {
  if (!(script instanceof HTMLScriptElement) || !script.dataset.endpoint) return undefined;
  const { endpoint, site, locale, question, nonce, debug } = script.dataset;
  const config: Record<string, unknown> = { endpoint, site };
  if (locale) config.locale = locale;
  if (question) config.question = question;
  if (nonce ?? script.nonce) config.nonce = nonce ?? script.nonce;
  if (debug !== undefined) config.debug = debug !== 'false';
  return config;
}

function boot(): void {
  const existing = (window as unknown as { feelback?: Stub }).feelback;
  if (existing?.loaded) {
    log.warn('feelback.js is included twice; the second copy does nothing.');
    return;
  }
  const queued = Array.from(existing?.q ?? []);
  const instance = createFeelback();
  const feelback: Stub = (...args: unknown[]) => run(instance, args);
  feelback.loaded = true;
  (window as unknown as { feelback: Stub }).feelback = feelback;

  const fromScript = configFromScript(document.currentScript);
  if (fromScript && !queued.some((call) => call[0] === 'init')) instance.init(fromScript);
  for (const call of queued) run(instance, call);
}

try {
  boot();
} catch (error) {
  log.warn('could not start.', error);
}
