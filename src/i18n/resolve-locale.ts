/**
 * The shopper's locale, as a canonical BCP 47 tag: the site's `locale` option, else the page's
 * `lang`, else the browser's language, else "en". Invalid tags are skipped.
 */
export function resolveLocale(...candidates: Array<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [tag] = Intl.getCanonicalLocales(candidate);
      if (tag) return tag;
    } catch {
      // Not a valid language tag; try the next source.
    }
  }
  return 'en';
}
