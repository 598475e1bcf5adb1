/*
 * Delivery's two time limits, apart from the run that applies them: how long an answer may wait
 * on the device, and how far ahead the sync sets its timer.
 */

/** setTimeout overflows past 2^31 - 1 ms; a later retry is looked at again daily. */
export const MAX_TIMER_MS = 86_400_000;
/**
 * Answers stored longer than this get one last try and are dropped if it fails (reported as
 * `expired`); a dead letter is dropped at once.
 */
export const MAX_AGE_MS = 14 * 86_400_000;
