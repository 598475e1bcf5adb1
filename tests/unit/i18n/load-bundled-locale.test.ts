// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadBundledLocale } from '../../../src/i18n/load-bundled-locale.ts';
import { packLocale } from '../../../src/i18n/locale-layout.ts';
import ar from '../../../src/i18n/locales/ar.ts';
import de from '../../../src/i18n/locales/de.ts';

describe('loadBundledLocale (the npm build’s language chunks)', () => {
  it('gives each file as the script tag’s dist/locales/ lists it', async () => {
    expect((await loadBundledLocale('de')).default).toEqual(packLocale(de, 'texts'));
    expect((await loadBundledLocale('de-effort')).default).toEqual(packLocale(de, 'effort'));
    expect((await loadBundledLocale('ar-satisfaction')).default).toEqual(packLocale(ar, 'satisfaction'));
  });

  it.each(['xx', 'en', 'de-texts', 'de-feeling', 'de-effort-x', 'toString'])(
    'rejects %s, a file we do not ship',
    async (file) => {
      await expect(loadBundledLocale(file)).rejects.toThrow(file);
    },
  );
});
