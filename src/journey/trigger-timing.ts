import type { Trigger } from './trigger-rules.js';

/*
 * When a trigger counts, and when it may fire again: the timing rules of the trigger kinds, apart
 * from the code that watches the page for them (triggers.ts).
 */

/** Leaving this soon after arriving is not "about to leave after seeing the page". */
export const EXIT_INTENT_AFTER_MS = 3_000;
/** A page too short to scroll counts as read to the end once it has been open this long. */
export const SHORT_PAGE_AFTER_MS = 3_000;

/** Kinds that start over on every page view, including single-page-app navigation. */
export const PER_PAGE_VIEW = new Set<Trigger['kind']>(['url', 'timeOnPage', 'scrollDepth']);
