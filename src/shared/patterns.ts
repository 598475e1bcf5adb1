import { EMAIL, STEP_NAME } from './answer.js';

/** The shapes of an answer event's texts, shared by the zod schema and the check of stored answers. */
export const PATTERNS = {
  uuid: /^[\da-fA-F]{8}-[\da-fA-F]{4}-[1-8][\da-fA-F]{3}-[89abAB][\da-fA-F]{3}-[\da-fA-F]{12}$/,
  /**
   * The shape only, for the browser's check (the widget writes times with toISOString); the zod
   * schema also checks the date is one (src/wire/fields.ts), a longer pattern than a browser needs.
   */
  time: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/,
  step: STEP_NAME,
  /** A path: never a query string or fragment. */
  page: /^[^?#]*$/,
  version: /^\d+\.\d+\.\d+/,
  email: EMAIL,
};
