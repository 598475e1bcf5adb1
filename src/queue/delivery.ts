/**
 * Delivery: a file of its own (dist/feelback-delivery.*.js, or a chunk your bundler splits
 * off), fetched once there is something to send. The prompt needs none of it: an answer is
 * durable in IndexedDB before this file has even arrived.
 */
export { createSync, type Sync } from './sync.js';
export type { SyncConfig } from './sync-deps.js';
export { watchPage } from './watch-page.js';
