import type { Instrument } from '../shared/instruments.js';
import { en, type Strings } from './en.js';
import { type PackedTexts, partsFor } from './locale-files.js';
import { partOf, slotsOf } from './locale-layout.js';
import { problem } from './merge-strings.js';

/**
 * A language's texts by name, from the lists in the files a prompt asking on `instrument` loaded
 * (see locale-layout.ts). Each must fit where English's goes, as a site's replacement must (a
 * list as long, the same placeholders); otherwise this throws (another version's file from a
 * cache, a proxy's error page…) and the prompt shows in English rather than half translated.
 */
export function unpackLocale(files: PackedTexts[], instrument: Instrument): Partial<Strings> {
  const strings: Record<string, unknown> = {};
  partsFor(instrument).forEach((part, file) => {
    const values = files[file] ?? [];
    const keys = Object.keys(en).filter((key) => partOf(key) === part);
    if (values.length !== keys.length) throw Error(`expected ${keys.length} texts in ${part}`);
    keys.forEach((key, index) => {
      const listed = values[index];
      const slots = slotsOf(key);
      const value =
        slots && Array.isArray(listed)
          ? Object.fromEntries(slots.map((slot, i) => [slot, listed[i]]).filter(([, text]) => text))
          : listed;
      const wrong = (slots && problem(slots, listed)) || problem(en[key as keyof Strings], value);
      if (wrong) throw Error(`${key} ${wrong}`);
      strings[key] = value;
    });
  });
  return strings;
}
