import type { PluralForms } from './en.js';

/**
 * The form of a text for `count` in `locale` (Intl.PluralRules: Arabic has six categories,
 * Polish four), with `{count}` replaced by the number written the locale's way.
 */
export function plural(forms: PluralForms, count: number, locale: string): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replace('{count}', () => count.toLocaleString(locale));
}
