import * as z from 'zod/mini';

/*
 * Constraints expressed as `z.refine` predicates. Each built-in zod check type (minLength,
 * regex, gte, record, literal, default…) adds its own code to the script tag; one refine type
 * carries them all, which keeps zod's share of dist/feelback.js near its floor.
 */

/** A string of 1..max characters (that also matches `pattern`, when given). */
export const text = (max: number, pattern?: RegExp, message?: string) =>
  z.string().check(
    z.refine((value) => value.length > 0 && value.length <= max, `expected 1 to ${max} characters`),
    z.refine((value) => !pattern || pattern.test(value), message ?? `expected to match ${pattern}`),
  );

/** A whole number in [min, max]. */
export const integer = (min: number, max: number) =>
  z
    .number()
    .check(
      z.refine(
        (value) => Number.isInteger(value) && value >= min && value <= max,
        `expected a whole number from ${min} to ${max}`,
      ),
    );

/** Exactly this string. */
export const exactly = <const T extends string>(expected: T) =>
  z.custom<T>((value) => value === expected, `expected "${expected}"`);

/** An object whose own keys all match `keyPattern` and whose values all match `value`. */
export const mapOf = <T extends z.ZodMiniType>(value: T, keyPattern: RegExp, keyMessage: string) =>
  z
    .catchall(z.object({}), value)
    .check(z.refine((map) => Object.keys(map).every((key) => keyPattern.test(key)), keyMessage));
