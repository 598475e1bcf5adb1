import { own } from '../shared/checks.js';

/** The languages the interface speaks; English is built into the prompt UI, the rest load on demand. */
export const UI_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'pl', 'ar', 'he'] as const;

export type UiLocale = (typeof UI_LOCALES)[number];

/** Language subtags we read as another we ship: generic and Nynorsk Norwegian read Bokmål. */
const ALIASES: Record<string, UiLocale> = { no: 'nb', nn: 'nb' };

const RTL: readonly string[] = ['ar', 'he'];

/**
 * The interface language for a shopper's BCP 47 tag: its language subtag when we ship it
 * (pt-BR → pt, nb-NO → nb, iw → he), else English. Unknown languages are normal, not an error.
 * `lang` (for the widget's root) keeps the shopper's region when the texts are in their language.
 */
export function uiLocale(tag: string): { code: UiLocale; lang: string; dir: 'ltr' | 'rtl' } {
  let locale: Intl.Locale | undefined;
  try {
    // Canonical: deprecated codes become current ones (iw → he).
    locale = new Intl.Locale(tag);
  } catch {}
  const language = locale?.language ?? '';
  // Own aliases only: a polluted Object.prototype.en is no language of ours.
  const code = own(ALIASES, language) ?? UI_LOCALES.find((known) => known === language) ?? 'en';
  return { code, lang: language === code ? `${locale}` : code, dir: RTL.includes(code) ? 'rtl' : 'ltr' };
}
