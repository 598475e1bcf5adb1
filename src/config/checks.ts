import * as z from 'zod/mini';

/*
 * Our zod building blocks. Every zod type and check kind adds its own code to the script tag;
 * expressing leaf constraints as `z.custom` predicates keeps zod's share of dist/feelback.js
 * at its floor (object + optional + custom), about 0.8 KB gzip less than string/number/array/
 * boolean/record with their checks.
 */

/**
 * Builds a schema on first use. Constructing zod schemas is a noticeable part of our script's
 * cost at page load; the ones for answers are only needed once a shopper answers.
 */
export const lazy = <T>(make: () => T) => {
  let schema: T | undefined;
  return () => (schema ??= make());
};

export const isText = (value: unknown, max: number, pattern?: RegExp): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max && (!pattern || pattern.test(value));

/** A string of 1..max characters that matches `pattern`, when given. */
export const text = (max: number, pattern?: RegExp, message = `expected text of 1 to ${max} characters`) =>
  z.custom<string>((value) => isText(value, max, pattern), message);

/** A whole number in [min, max]. */
export const integer = (min: number, max: number) =>
  z.custom<number>(
    (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
    `expected a whole number from ${min} to ${max}`,
  );

export const finite = z.custom<number>(Number.isFinite, 'expected a number');

export const flag = z.custom<boolean>((value) => typeof value === 'boolean', 'expected true or false');

/** Exactly this value. */
export const exactly = <const T extends string | number>(expected: T) =>
  z.custom<T>((value) => value === expected, `expected ${expected}`);

/** A list of at most `max` texts of 1..itemMax characters. */
export const isTexts = (value: unknown, max: number, itemMax: number): value is string[] =>
  Array.isArray(value) && value.length <= max && value.every((item) => isText(item, itemMax));

export const texts = (max: number, itemMax: number) =>
  z.custom<string[]>(
    (value) => isTexts(value, max, itemMax),
    `expected at most ${max} texts of 1 to ${itemMax} characters`,
  );

/** An object that is neither null nor an array: something with named entries. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plain object whose keys match `keyPattern` and whose values pass `value`. */
export const mapOf = <T>(value: z.ZodMiniType<T>, keyPattern: RegExp, message: string) =>
  z.custom<Record<string, T>>(
    (map) =>
      isRecord(map) &&
      Object.entries(map).every(([key, item]) => keyPattern.test(key) && value.safeParse(item).success),
    message,
  );

/** One of these texts. */
export const oneOf = <const T extends string>(allowed: readonly T[]) =>
  z.custom<T>((value) => allowed.includes(value as T), `expected one of ${allowed.join(', ')}`);
