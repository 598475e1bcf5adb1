/**
 * The insights' filters from a query string: `step`, `from` and `to` (days, UTC, inclusive),
 * `lang` (a language's primary subtag) and `source` (the site). Each is checked before it reaches
 * SQL as a parameter.
 */
import { LANGUAGE } from '../collector/language.js';

const STEP = /^[^\s\p{Cc}]{1,64}$/u;
const DAY = /^\d{4}-\d\d-\d\d$/;
/** Any `source` the schema takes (1 to 100 characters), as the site list offers every one stored. */
const SOURCE = /^.{1,100}$/su;

const RULES = {
  step: [STEP, 'a step name'],
  from: [DAY, 'a day as YYYY-MM-DD'],
  to: [DAY, 'a day as YYYY-MM-DD'],
  lang: [LANGUAGE, 'a language code such as en'],
  source: [SOURCE, 'a site of at most 100 characters'],
};

/** `{ step, from, to, lang, source }` (null where not given), or `{ error }` saying which is wrong. */
export function parseFilters(query) {
  const filters = {};
  for (const [name, [pattern, expected]] of Object.entries(RULES)) {
    const value = query.get(name) || null;
    if (value !== null && !pattern.test(value)) return { error: `${name}: expected ${expected}` };
    filters[name] = value;
  }
  if (filters.from && filters.to && filters.from > filters.to) return { error: 'from: must not be after to' };
  return filters;
}
