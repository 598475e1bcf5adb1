import type { Logger } from '../shared/log.js';

/**
 * Wraps each method so that a bug of ours never becomes an exception in the host page: it is
 * one warning, and the widget keeps running. `on` promises a function to call later, so it never
 * hands the site an undefined to call.
 */
export function neverThrow<T extends object>(instance: T, log: Pick<Logger, 'warn'>): T {
  for (const [name, method] of Object.entries(instance) as Array<[keyof T & string, (...args: unknown[]) => unknown]>) {
    instance[name] = ((...args: unknown[]) => {
      try {
        return method(...args);
      } catch (error) {
        log.warn(`${name}() failed; the widget keeps running.`, error);
        return name === 'on' ? () => {} : undefined;
      }
    }) as never;
  }
  return instance;
}
