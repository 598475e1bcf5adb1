import type { LocaleStrings } from './en.js';
import { LOCALE_PARTS, type LocaleModule, type LocalePart, localeFile } from './locale-files.js';
import { packLocale } from './locale-layout.js';

/** Written out (not a template import) so every bundler splits each language into its own chunk. */
const LOCALES: Record<string, () => Promise<{ default: LocaleStrings }>> = {
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

/**
 * A language file for the npm build (`de`, `de-effort`, `de-help`…), listed as the script tag's
 * `dist/locales/` files list it; rejects for a language or part we do not ship.
 */
export function loadBundledLocale(file: string): Promise<LocaleModule> {
  const [code = '', part = 'texts'] = file.split('-');
  const known = Object.hasOwn(LOCALES, code) && LOCALE_PARTS.some((name) => name === part);
  const load = known && localeFile(code, part as LocalePart) === file ? LOCALES[code] : undefined;
  return load
    ? load().then((module) => ({ default: packLocale(module.default, part as LocalePart) }))
    : Promise.reject(new Error(file));
}
