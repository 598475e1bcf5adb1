/**
 * The script-tag entry (dist/feelback.js), and the only module with a global side effect: it
 * replaces the `window.feelback` stub with the real command function and replays queued calls.
 */
import { browserEnvironment, type PromptModule, type TriggersModule } from './environment.js';
import { createFeelback, type Feelback } from './feelback.js';
import type { LocaleModule } from './i18n/load-bundled-locale.js';
import { createLogger } from './log.js';

type Command = (...args: unknown[]) => unknown;
type Stub = Command & { q?: ArrayLike<ArrayLike<unknown>>; loaded?: true };

const log = createLogger(() => false);

function run(instance: Feelback, [command, ...args]: ArrayLike<unknown> & Iterable<unknown>): unknown {
  if (typeof command === 'string' && Object.hasOwn(instance, command)) {
    return (instance[command as keyof Feelback] as Command)(...args);
  }
  log.warn(`unknown command ${JSON.stringify(command)}; expected one of ${Object.keys(instance).join(', ')}.`);
}

/*
 * Files beside this one, fetched only when needed: the prompt UI on the first prompt, each
 * language but English with it, and the trigger runtime at start when the config has triggers.
 */

/** Config from `<script src=".../feelback.js" data-endpoint="…" data-site="…">` (text options only). */
function configFromScript(script: HTMLOrSVGScriptElement | null) {
  if (!(script instanceof HTMLScriptElement) || !script.dataset.endpoint) return undefined;
  const { endpoint, site, locale, question } = script.dataset;
  return { endpoint, site, locale, question };
}

function boot(): void {
  const existing = (window as unknown as { feelback?: Stub }).feelback;
  if (existing?.loaded) {
    log.warn('loaded twice; the second copy does nothing.');
    return;
  }
  const queued = Array.from(existing?.q ?? [], (call) => Array.from(call));
  const script = document.currentScript;
  // currentScript exists only while this file runs; an inlined copy has no src, so use the page's base.
  const base = (script instanceof HTMLScriptElement && script.src) || document.baseURI;
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, base).href);
  const instance = createFeelback(undefined, () =>
    browserEnvironment({
      loadPrompt: () => load('feelback-prompt.js') as Promise<PromptModule>,
      loadLocale: (code) => load(`locales/${code}.js`) as Promise<LocaleModule>,
      loadTriggers: () => load('feelback-triggers.js') as Promise<TriggersModule>,
    }),
  );
  const feelback: Stub = (...args) => run(instance, args);
  feelback.loaded = true;
  (window as unknown as { feelback: Stub }).feelback = feelback;

  const fromScript = configFromScript(script);
  if (fromScript && !queued.some((call) => call[0] === 'init')) instance.init(fromScript);
  for (const call of queued) run(instance, call);
}

try {
  boot();
} catch (error) {
  log.warn('could not start.', error);
}
