import { shadowCss } from 'virtual:shadow-css/scale';
import { enScales } from '../i18n/en-scales.js';
import { NumberedScale } from './NumberedScale.js';
import type { PromptParts } from './prompt-parts.js';
import type { ScaleView } from './Rating.js';

/*
 * The scales other than feeling's faces (effort, satisfaction, recommend): their numbered points,
 * styles and English texts, a file of their own (dist/feelback-scale.*.js, or a chunk your
 * bundler splits off). The prompt's file fetches it for a step that asks on one of them, beside
 * that step's texts, so a page that asks how a step felt never downloads it.
 */

/** The scales' English texts: what a language's file is checked against, and what shows without one. */
export const english = enScales;

/** Adds the scales' styles to the prompt's shadow root and returns how to draw one. */
export function createScale(root: ShadowRoot | null, parts: PromptParts): ScaleView {
  if (root) parts.applyShadowStyles(root, shadowCss());
  return (props) => NumberedScale(parts, props);
}
