import type { Instrument } from '../shared/instruments.js';
import type { Strings } from './en.js';
import type { ScaleStrings } from './en-scales.js';
import { type PackedTexts, partsFor } from './locale-files.js';
import { partOf, slotsOf } from './locale-layout.js';
import { problem } from './merge-strings.js';

/**
 * One part's texts by name, from the list its file holds (see locale-layout.ts), checked against
 * `english`, that part's English texts in their order. Each must fit where English's goes, as a
 * site's replacement must (a list as long, the same placeholders); otherwise this throws (another
 * version's file from a cache, a proxy's error page…) and English is shown rather than half a
 * translation.
 */
export function unpackPart(values: PackedTexts, english: object): Record<string, unknown> {
  const keys = Object.keys(english);
  if (values.length !== keys.length) throw Error(`expected ${keys.length} texts`);
  return Object.fromEntries(
    keys.map((key, index) => {
      const listed = values[index];
      const slots = slotsOf(key);
      const value =
        slots && Array.isArray(listed)
          ? Object.fromEntries(slots.map((slot, i) => [slot, listed[i]]).filter(([, text]) => text))
          : listed;
      const wrong = (slots && problem(slots, listed)) || problem(english[key as keyof typeof english], value);
      if (wrong) throw Error(`${key} ${wrong}`);
      return [key, value];
    }),
  );
}

/**
 * A language's prompt texts, from the files of the parts a prompt asking on `instrument` loaded,
 * checked against `english`: the prompt's English texts, and the scale's (in the scale's file).
 */
export const unpackLocale = (
  files: PackedTexts[],
  instrument: Instrument,
  english: object,
): Partial<Strings & ScaleStrings> =>
  Object.assign(
    {},
    ...partsFor(instrument).map((part, file) =>
      unpackPart(
        files[file] ?? [],
        Object.fromEntries(Object.entries(english).filter(([key]) => partOf(key) === part)),
      ),
    ),
  );
