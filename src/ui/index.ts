/**
 * The prompt UI: preact, the components, their styles, the English texts and the reader of the
 * other languages' files. The core fetches it the first time a prompt shows, so pages where
 * nobody is asked never download or run it.
 */

import { en, type Strings } from '../i18n/en.js';
import type { ScaleStrings } from '../i18n/en-scales.js';
import type { PackedTexts } from '../i18n/locale-files.js';
import { unpackLocale as unpackTexts } from '../i18n/unpack-locale.js';
import type { Instrument } from '../shared/instruments.js';
import { openPromptSession, type PromptSessionOptions } from './prompt-session.js';

export type { PromptSessionOptions };

/** A scale other than feeling's faces is a file of its own (scale.ts), fetched by the steps that ask on it. */
const scaleFor = (instrument: Instrument) => (instrument === 'feeling' ? undefined : import('./scale.js'));

/** How to open a prompt on `instrument` (see prompt-session.ts), once its scale's file (if it has one) is here. */
export const promptFor = async (instrument: Instrument) => {
  const scale = await scaleFor(instrument);
  return (options: PromptSessionOptions) => openPromptSession({ ...options, scale });
};

/** A language's prompt texts for `instrument`, from its files (see unpack-locale.ts). */
export const unpackLocale = async (
  files: PackedTexts[],
  instrument: Instrument,
): Promise<Partial<Strings & ScaleStrings>> =>
  unpackTexts(files, instrument, { ...en, ...(await scaleFor(instrument))?.english });
