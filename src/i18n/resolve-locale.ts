/** Longest `data.locale` an answer carries (the answer schema's bound). */
const MAX_TAG = 35;

/**
 * The shopper's locale as a canonical BCP 47 tag: the site's `locale` option, else the page's
 * `lang`, else the browser's language, else "en". Invalid tags are skipped. Extensions and
 * private use (`-u-ca-gregory`, `-x-…`) are dropped: they say nothing about the language, and a
 * long tag must never make an answer fail validation.
 */
export function resolveLocale(...candidates: Array<string | null | undefined>): string {
  for (const candidate of candidates) {
    try {
      // `de_DE`, as many servers write a locale, is `de-DE` in BCP 47.
      let tag = candidate && Intl.getCanonicalLocales(candidate.replace(/_/g, '-'))[0]?.split(/-\w-/)[0];
      // Whole subtags off the end: the language always stays.
      while (tag && tag.length > MAX_TAG) tag = tag.slice(0, tag.lastIndexOf('-'));
      if (tag) return tag;
    } catch {}
  }
  return 'en';
}
