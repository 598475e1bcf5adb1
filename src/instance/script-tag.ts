/**
 * The script tag's widget (dist/feelback-core.*.js), imported by the loader (src/embed.ts) once
 * there is something to do. The prompt UI, delivery, the trigger runtime, the languages and the
 * words that explain a bad config are files of their own, imported when they are needed.
 */

import { type MessagesModule, problemWarner } from '../config/warn-problems.js';
import type { LocaleModule } from '../i18n/locale-files.js';
import type { Transport } from '../queue/clean-globals.js';
import { createLogger } from '../shared/log.js';
import type { DeliveryModule, PromptModule, TriggersModule } from './environment.js';
import { browserEnvironment } from './environment.js';
import { createFeelback } from './feelback.js';
import type { Feelback } from './feelback-api.js';

type Command = (...args: unknown[]) => unknown;

/** Runs one `feelback(command, ...args)` call; an unknown command gets a warning. */
export type RunCommand = (call: ArrayLike<unknown>) => unknown;

/**
 * How the loader imports one of our files by name (`prompt`, `delivery`, `triggers`, `messages`,
 * `locales/de`…): it knows each file's hashed name, and tries a failed import once more.
 */
export type LoadFile = (name: string) => Promise<unknown>;

/**
 * `found` holds the globals the loader found when the page loaded: a page that wraps or
 * replaces fetch or JSON.stringify later does not change how we send. `prompt` is the prompt's
 * file when the loader fetched it beside this one (a page that asks at once; undefined where it
 * judged a prompt unlikely). Without `load`
 * (a test page) the files are imported as the bundler split them.
 */
export function startFeelback(load?: LoadFile, found?: Partial<Transport>, prompt?: Promise<unknown>): RunCommand {
  const file = <T>(name: string, split: () => Promise<T>) => (load ? (load(name) as Promise<T>) : split());
  const loadMessages = () => file<MessagesModule>('messages', () => import('../config/messages.js'));
  const note = problemWarner(loadMessages, createLogger(() => false).warn);
  const instance: Feelback = createFeelback(
    undefined,
    () => {
      const env = browserEnvironment({
        loadPrompt: () => {
          const own = () => file<PromptModule>('prompt', () => import('../ui/index.js'));
          // Fetched by the loader beside this file, unless it judged a prompt unlikely (undefined).
          const ui = prompt ? prompt.then((module) => (module ?? own()) as PromptModule) : own();
          // A failed fetch is not kept: the next prompt tries again.
          prompt = ui.catch((error) => {
            prompt = undefined;
            throw error;
          });
          return prompt as Promise<PromptModule>;
        },
        loadDelivery: () => file<DeliveryModule>('delivery', () => import('../queue/delivery.js')),
        loadTriggers: () => file<TriggersModule>('triggers', () => import('../journey/triggers.js')),
        // Beside this file, under the name the build wrote here: the loader needs not know it.
        loadOptionalChecks: () => import('./optional-checks.js'),
        loadLocale: (code) =>
          load ? (load(`locales/${code}`) as Promise<LocaleModule>) : Promise.reject(new Error(code)),
      });
      return env && { ...env, found: { ...env.found, ...found } };
    },
    loadMessages,
  );
  return (call) => {
    const [command, ...args] = Array.from(call);
    if (typeof command === 'string' && Object.hasOwn(instance, command)) {
      return (instance[command as keyof Feelback] as Command)(...args);
    }
    // Not JSON.stringify: a BigInt or a circular object would throw, and the page's JSON may be replaced.
    const name = typeof command === 'string' ? `"${command}"` : `of type ${typeof command}`;
    note(['command', name, Object.keys(instance)]);
  };
}
