import { createIdbOutbox, type Outbox } from './outbox/outbox.js';

/** Everything the widget takes from the browser, passed in so tests need no module mocking. */
export interface Environment {
  window: Window;
  document: Document;
  fetch: typeof fetch;
  openOutbox(): Outbox;
  /** Web Locks, when the browser has them. */
  locks: LockManager | undefined;
  now(): number;
  random(): number;
  uuid(): string;
}

/** RFC 4122 v4 from getRandomValues; `randomUUID` exists only in secure contexts. */
function uuidFrom(crypto: Crypto): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Reads the browser's globals once, when the widget starts (never at import time, so importing
 * the package on a server is safe). Returns undefined where there is no DOM.
 */
export function browserEnvironment(): Environment | undefined {
  if (typeof window === 'undefined' || typeof document === 'undefined') return undefined;
  // Bound now: a host page that later wraps or replaces fetch does not change how we send.
  const boundFetch = window.fetch.bind(window);
  const crypto = window.crypto;
  return {
    window,
    document,
    fetch: boundFetch,
    openOutbox: () => createIdbOutbox(),
    locks: window.navigator.locks,
    now: Date.now,
    random: Math.random,
    uuid: () => uuidFrom(crypto),
  };
}
