/**
 * What the survey keeps of one order's step, in the extension's own storage (Shopify's
 * `shopify.storage`, never the shop's): the answer's id, so every send of it (after a reload too)
 * is the same event, and whether the buyer sent or dismissed it, so that order is not asked again.
 */
export interface Memory {
  id: string;
  done?: 'sent' | 'dismissed';
}

/** The part of Shopify's storage API the survey uses. */
export interface SurveyStorage {
  read<T = unknown>(key: string): Promise<T | null>;
  write(key: string, data: unknown): Promise<void>;
}

/** One entry per order and step: the Thank you and Order status pages ask about the same order apart. */
export const memoryKey = (step: string, orderId: string) => `feelback:${step}:${orderId}`;

/** What was kept for `key`, or undefined when nothing (usable) was: storage that fails is no memory. */
export async function recall(storage: SurveyStorage, key: string): Promise<Memory | undefined> {
  try {
    const found = await storage.read<Partial<Memory>>(key);
    if (typeof found?.id !== 'string') return undefined;
    return { id: found.id, ...(found.done === 'sent' || found.done === 'dismissed' ? { done: found.done } : {}) };
  } catch {
    return undefined;
  }
}

/** Keeps `memory`; a write that fails changes nothing the buyer sees (they would be asked again). */
export async function remember(storage: SurveyStorage, key: string, memory: Memory): Promise<void> {
  try {
    await storage.write(key, memory);
  } catch {
    // Nothing to do: the answer itself does not depend on it.
  }
}
