/**
 * What delivery (createSync) is given: the current config's part and the page's queue, clocks and
 * transport, declared apart from the run that uses them.
 */
import type { DeliveryOptions } from '../config/config.js';
import type { Emitter } from '../events/emitter.js';
import type { Transport } from './clean-globals.js';
import type { Queue } from './queue.js';

/** The current config's part in delivery: how to send, and where answers kept before version 3 go. */
export interface SyncConfig extends DeliveryOptions {
  site: string;
  endpoint: string;
}

export interface SyncDeps {
  queue: Queue;
  emit: Emitter['emit'];
  win: Window;
  now: () => number;
  random: () => number;
  /** `fetch` and `JSON.stringify` as the loader found them, before the page's own scripts ran. */
  found?: Partial<Transport>;
  /** Where to get the browser's own `fetch` and `JSON.stringify` (made on first use). */
  transport?: () => Transport;
}
