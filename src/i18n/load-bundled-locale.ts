import type { Strings } from './en.js';

export type LocaleModule = { default: Strings };

/** Written out (not a template import) so every bundler splits each language into its own chunk. */
const LOCALES: Record<string, () => Promise<LocaleModule>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pt: () => import('./locales/pt.js'),
  sv: () => import('./locales/sv.js'),
  da: () => import('./locales/da.js'),
  nb: () => import('./locales/nb.js'),
  pl: () => import('./locales/pl.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
};

/** A language's texts for the npm build; rejects for a language we do not ship. */
export const loadBundledLocale = (code: string): Promise<LocaleModule> =>
  Object.hasOwn(LOCALES, code) ? (LOCALES[code] as () => Promise<LocaleModule>)() : Promise.reject(new Error(code));
