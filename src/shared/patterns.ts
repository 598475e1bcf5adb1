import { STEP_NAME } from './answer.js';

/** The shapes of an answer event's texts, shared by the zod schema and the check of stored answers. */
export const PATTERNS = {
  uuid: /^[\da-fA-F]{8}-[\da-fA-F]{4}-[1-8][\da-fA-F]{3}-[89abAB][\da-fA-F]{3}-[\da-fA-F]{12}$/,
  time: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/,
  step: STEP_NAME,
  /** A path: never a query string or fragment. */
  page: /^[^?#]*$/,
  version: /^\d+\.\d+\.\d+/,
  /** What a browser's `<input type=email>` accepts (HTML's "valid e-mail address"), so no typed address is refused later. */
  email:
    /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
};
