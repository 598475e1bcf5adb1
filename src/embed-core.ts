/**
 * dist/feelback-core.js: the widget itself (config, journey rules, outbox, delivery), imported
 * by the script tag's loader (src/embed.ts) once there is something to do. The prompt UI, the
 * languages and the trigger runtime are imported from beside it, `base`, when they are needed.
 */
import { browserEnvironment, type PromptModule, type TriggersModule } from './environment.js';
import { createFeelback, type Feelback } from './feelback.js';
import type { LocaleModule } from './i18n/load-bundled-locale.js';
import { cleanGlobals, type Transport } from './queue/clean-globals.js';
import { createLogger } from './shared/log.js';

type Command = (...args: unknown[]) => unknown;

/** Runs one `feelback(command, ...args)` call; an unknown command gets a warning. */
export type RunCommand = (call: ArrayLike<unknown>) => unknown;

/** What the loader took from the page when it ran, before the page's own scripts could change it. */
export type Pristine = Partial<Transport>;

/**
 * `pristine` holds the globals the loader found when the page loaded: a host page that wraps or
 * replaces fetch or JSON.stringify later does not change how we send.
 */
export function startFeelback(base: string, pristine?: Pristine): RunCommand {
  const log = createLogger(() => false);
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, base).href);
  const instance: Feelback = createFeelback(undefined, () => {
    const env = browserEnvironment({
      loadPrompt: () => load('feelback-prompt.js') as Promise<PromptModule>,
      loadLocale: (code) => load(`locales/${code}.js`) as Promise<LocaleModule>,
      loadTriggers: () => load('feelback-triggers.js') as Promise<TriggersModule>,
    });
    return env && { ...env, transport: () => cleanGlobals(window, pristine) };
  });
  return (call) => {
    const [command, ...args] = Array.from(call);
    if (typeof command === 'string' && Object.hasOwn(instance, command)) {
      return (instance[command as keyof Feelback] as Command)(...args);
    }
    // Not JSON.stringify: a BigInt or a circular object would throw, and the page's JSON may be replaced.
    const name = typeof command === 'string' ? `"${command}"` : `of type ${typeof command}`;
    log.warn(`unknown command ${name}; expected one of ${Object.keys(instance).join(', ')}.`);
  };
}
