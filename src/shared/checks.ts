/*
 * Small predicates for data from outside our code: a site's config, a custom event's detail,
 * records read back from IndexedDB, fetched language files. Written out rather than a schema
 * library, which would cost the script tag kilobytes.
 */

export const isText = (value: unknown, max: number, pattern?: RegExp): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max && (!pattern || pattern.test(value));

/** A list of at most `max` texts of 1..itemMax characters. */
export const isTexts = (value: unknown, max: number, itemMax: number): value is string[] =>
  Array.isArray(value) && value.length <= max && value.every((item) => isText(item, itemMax));

/** A whole number in [min, max]. */
export const isWhole = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

export const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);

/** An object that is neither null nor an array: something with named entries. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `object[key]` if the object itself has it. Never through the prototype chain: a page whose
 * `Object.prototype` was polluted (`Object.prototype.privacyUrl = 'javascript:…'`) must not be
 * able to set an option the site never set. Typed as the object declares the key (so checked data
 * needs no cast), else `unknown`.
 */
export const own = <T extends object, K extends string>(
  object: T,
  key: K,
): (K extends keyof T ? T[K] : unknown) | undefined =>
  Object.hasOwn(object, key) ? (object as Record<string, never>)[key] : undefined;
