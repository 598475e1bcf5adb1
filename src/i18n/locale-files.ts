import type { Instrument } from '../shared/instruments.js';

/**
 * How a language ships: one file with the texts every prompt needs, one per scale that only some
 * steps ask on (`effort`, `satisfaction`, `recommend`: every instrument but feeling), and one for
 * the help and contact question after a low answer (`help`), so a page fetches a wording only
 * when it shows it. A part's texts are named after it (`effortLabels`, `helpLink`): see
 * locale-layout.ts, which also says how a file lists them.
 */
export const LOCALE_PARTS = ['texts', 'effort', 'satisfaction', 'recommend', 'help'] as const;

export type LocalePart = (typeof LOCALE_PARTS)[number];

/** A language file's module: its default export is checked before use (see load-locale-texts.ts). */
export type LocaleModule = { default: unknown };

/** The file a part of a language ships in: `de`, `de-effort`, `de-help`… */
export const localeFile = (code: string, part: LocalePart) => (part === 'texts' ? code : `${code}-${part}`);

/** A file's default export: per text of its part, a text or a list of texts. */
export type PackedTexts = Array<string | string[]>;

/** The parts of a language a prompt asking on `instrument` needs: its texts, and the scale's own (feeling's are among the texts). */
export const partsFor = (instrument: Instrument): LocalePart[] =>
  instrument === 'feeling' ? ['texts'] : ['texts', instrument];
