/** Our outbox's IndexedDB names; a file of their own, so the fronts that look for it import nothing else. */
export const OUTBOX_DB = 'feelback-outbox';
export const OUTBOX_STORE = 'answers';
/** Held to create the outbox and to delete it once empty, so the two never race. */
export const OUTBOX_LOCK = 'feelback-outbox';
