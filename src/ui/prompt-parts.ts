import { Fragment, h } from 'preact';
import { mergeStrings } from '../i18n/merge-strings.js';
import { unpackPart } from '../i18n/unpack-locale.js';
import { applyShadowStyles } from '../styles/shadow-styles.js';
import { Choices } from './Choices.js';
import { emotionsFor } from './state.js';

/**
 * What the files the prompt fetches later (the follow-up, the help) use of the prompt's, handed to
 * them when they load rather than imported: a file that imports from the prompt's would make the
 * prompt's file export more than its module, and the bundler would then wrap the prompt's module
 * in a namespace object of its own (bytes, and a `for…in` that a page's polluted
 * `Object.prototype` breaks). One object for both files: each part is named once.
 */
export const PARTS = { h, Fragment, mergeStrings, unpackPart, applyShadowStyles, Choices, emotionsFor };

export type PromptParts = typeof PARTS;
