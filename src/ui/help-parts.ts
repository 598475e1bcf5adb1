import type { Fragment, h } from 'preact';
import type { mergeStrings } from '../i18n/merge-strings.js';
import type { unpackPart } from '../i18n/unpack-locale.js';
import type { applyShadowStyles } from '../styles/shadow-styles.js';

/**
 * What the help's file uses of the prompt's, handed to it when it loads rather than imported: a
 * file that imports from the prompt's would make the prompt's file export more than its module,
 * and the bundler would then wrap the prompt's module in a namespace object of its own (bytes,
 * and a `for…in` that a page's polluted `Object.prototype` breaks).
 */
export interface PromptParts {
  h: typeof h;
  Fragment: typeof Fragment;
  mergeStrings: typeof mergeStrings;
  unpackPart: typeof unpackPart;
  applyShadowStyles: typeof applyShadowStyles;
}
