import type { Emitter } from '../events/emitter.js';
import type { Outbox } from '../outbox/outbox.js';
import type { OutboxRecord } from '../outbox/outbox-record.js';
import type { AnswerEvent } from './answer-event.js';
import type { SendResult } from './send-batch.js';

/** What the deliverer (deliverer.ts) offers the widget, and what it needs from it. */
export interface DelivererOptions {
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export interface DelivererDeps {
  outbox: Outbox;
  /** POSTs a batch; `keepalive` for a page being hidden. Never rejects. */
  send: (events: AnswerEvent[], keepalive?: boolean) => Promise<SendResult>;
  emit: Emitter['emit'];
  /** Runs `task` while no other tab of this site is delivering (Web Locks where available). */
  withLock: (task: () => Promise<void>) => Promise<unknown>;
  now: () => number;
  random: () => number;
}

export interface Deliverer {
  /** Stores a new answer; resolves true when it is durable. */
  add(record: OutboxRecord): Promise<boolean>;
  /** One attempt at every due answer (`force`: also those waiting out a backoff). Never rejects. */
  deliverPending(force?: boolean): Promise<void>;
  /** Puts the dead letters back in the queue and delivers. Never rejects. */
  retryRejected(): Promise<void>;
  /** The page is being hidden or left: send this page's waiting answers with keepalive. */
  sendOnHide(): void;
  stop(): void;
}
