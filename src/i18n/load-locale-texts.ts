import { type LocaleModule, type LocalePart, localeFile, type PackedTexts } from './locale-files.js';

const isText = (value: unknown) => typeof value === 'string';

/** A fetched file is outside our control (a stale cache, a proxy's error page): check its shape. */
function packedTexts(value: unknown): PackedTexts {
  const ok = Array.isArray(value) && value.every((item) => isText(item) || (Array.isArray(item) && item.every(isText)));
  if (!ok) throw new TypeError('expected a list of texts');
  return value;
}

/** Those parts' files, in that order; rejects when one cannot load or is not a list of texts. */
export const loadLocaleTexts = (
  load: (file: string) => Promise<LocaleModule>,
  code: string,
  parts: readonly LocalePart[],
): Promise<PackedTexts[]> =>
  Promise.all(parts.map(async (part) => packedTexts((await load(localeFile(code, part))).default)));
