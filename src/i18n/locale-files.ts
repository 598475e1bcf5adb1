import type { Instrument } from '../shared/instruments.js';

/**
 * How a language ships: one file with the texts every prompt needs, and one per scale that only
 * some steps ask on (`effort`, `satisfaction`), so a page fetches that wording only when a step
 * uses the scale. How a file lists its texts: see locale-layout.ts.
 */
export const LOCALE_PARTS = ['texts', 'effort', 'satisfaction'] as const;

export type LocalePart = (typeof LOCALE_PARTS)[number];

/** A language file's module: its default export is checked before use (see load-locale-texts.ts). */
export type LocaleModule = { default: unknown };

/** The file a part of a language ships in: `de`, `de-effort`, `de-satisfaction`. */
export const localeFile = (code: string, part: LocalePart) => (part === 'texts' ? code : `${code}-${part}`);

/** A file's default export: per text of its part, a text or a list of texts. */
export type PackedTexts = Array<string | string[]>;

/**
 * The parts of a language a prompt asking on `instrument` needs: its texts, and for effort and
 * satisfaction the scale's own (feeling's are among the texts; recommend has no wording yet).
 */
export const partsFor = (instrument: Instrument): LocalePart[] =>
  instrument === 'effort' || instrument === 'satisfaction' ? ['texts', instrument] : ['texts'];
