/*
 * Delivery's two time limits, apart from the run that applies them: how long an answer may wait
 * on the device, and how far ahead the sync sets its timer.
 */

/** setTimeout overflows past 2^31 - 1 ms; a later retry is looked at again daily. */
export const MAX_TIMER_MS = 86_400_000;
/** Answers stored longer than this are reported (`expired`) and dropped. */
export const MAX_AGE_MS = 14 * 86_400_000;
