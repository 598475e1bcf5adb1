/**
 * A shopper's language as insights keep and filter it: the primary subtag of their locale, lower
 * case. One rule for what is stored and what the filter takes, so every language offered is one
 * the filter accepts.
 */
export const LANGUAGE = /^[a-z]{2,8}$/;

/** `de-DE`, `de_DE` (as some systems write it) and `DE` are `de`; a locale that names none is null. */
export function languageOf(locale) {
  const primary = locale?.split(/[-_]/)[0].toLowerCase();
  return primary && LANGUAGE.test(primary) ? primary : null;
}
