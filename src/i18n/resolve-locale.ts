/**
 * The shopper's locale as a canonical BCP 47 tag: the site's `locale` option, else the page's
 * `lang`, else the browser's language, else "en". Invalid tags are skipped.
 */
export function resolveLocale(...candidates: Array<string | null | undefined>): string {
  for (const candidate of candidates) {
    try {
      if (candidate) return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
    } catch {}
  }
  return 'en';
}
