import type { SayDebug } from '../config/debug-notes.js';
import { loadLocaleTexts } from '../i18n/load-locale-texts.js';
import { partsFor } from '../i18n/locale-files.js';
import type { Instrument } from '../shared/instruments.js';
import type { Environment, PromptModule } from './environment.js';

/**
 * A prompt's texts in language `code` (other than English), fetched beside the prompt's file
 * `ui` and read by its code, which knows English's names and shapes to check them against.
 * Resolves to undefined (the prompt shows in English) when they cannot load or do not fit.
 */
export const loadPromptTexts = (
  env: Pick<Environment, 'loadLocale'>,
  ui: Promise<PromptModule>,
  code: string,
  instrument: Instrument,
  say: SayDebug,
) =>
  // A prompt file that fails is reported by the caller, as prompt-unavailable, not blamed on the texts.
  Promise.all([ui.catch(() => undefined), loadLocaleTexts(env.loadLocale, code, partsFor(instrument))])
    .then(([module, files]) => module?.unpackLocale(files, instrument))
    .catch((error: unknown) => void say(['texts', code, error]));
