/**
 * dist/feelback-core.js: the widget itself (config, journey rules, outbox, delivery), imported
 * by the script tag's loader (src/embed.ts) once there is something to do. The prompt UI, the
 * languages and the trigger runtime are imported from beside it, `base`, when they are needed.
 */
import { browserEnvironment, type PromptModule, type TriggersModule } from './environment.js';
import { createFeelback, type Feelback } from './feelback.js';
import type { LocaleModule } from './i18n/load-bundled-locale.js';
import { createLogger } from './log.js';

type Command = (...args: unknown[]) => unknown;

/** Runs one `feelback(command, ...args)` call; an unknown command gets a warning. */
export type RunCommand = (call: ArrayLike<unknown>) => unknown;

/**
 * `fetch` is the one the loader found when the page loaded: a host page that wraps or replaces
 * fetch later does not change how we send.
 */
export function startFeelback(base: string, fetch?: typeof window.fetch): RunCommand {
  const log = createLogger(() => false);
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, base).href);
  const instance: Feelback = createFeelback(undefined, () => {
    const env = browserEnvironment({
      loadPrompt: () => load('feelback-prompt.js') as Promise<PromptModule>,
      loadLocale: (code) => load(`locales/${code}.js`) as Promise<LocaleModule>,
      loadTriggers: () => load('feelback-triggers.js') as Promise<TriggersModule>,
    });
    return env && fetch ? { ...env, fetch } : env;
  });
  return (call) => {
    const [command, ...args] = Array.from(call);
    if (typeof command === 'string' && Object.hasOwn(instance, command)) {
      return (instance[command as keyof Feelback] as Command)(...args);
    }
    log.warn(`unknown command ${JSON.stringify(command)}; expected one of ${Object.keys(instance).join(', ')}.`);
  };
}
