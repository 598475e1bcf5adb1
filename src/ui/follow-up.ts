import { shadowCss } from 'virtual:shadow-css/follow-up';
import { FollowUp, type FollowUpView } from './FollowUp.js';
import type { PromptParts } from './prompt-parts.js';

/**
 * The follow-up after a rating (the emotion words, the comment box with its hint, privacy link
 * and counter): a file of its own (dist/feelback-follow-up.*.js, or a chunk your bundler splits
 * off) with its styles, fetched by the prompt at the first sign that the shopper means to answer
 * (see load-follow-up.ts). Its English texts stay in the prompt's file, with the other languages'.
 * Adds its styles to the prompt's shadow root and returns how to draw it.
 */
export function createFollowUp(root: ShadowRoot | null, parts: PromptParts): FollowUpView {
  if (root) parts.applyShadowStyles(root, shadowCss());
  return (props, rating) => FollowUp(parts, props, rating);
}

export type { FollowUpView };
