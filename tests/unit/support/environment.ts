import { loadBundledLocale } from '../../../src/i18n/load-bundled-locale.ts';
import type { Environment } from '../../../src/instance/environment.ts';
import { createMemoryEtiquetteStore } from '../../../src/journey/etiquette-store.ts';
import * as promptModule from '../../../src/ui/index.ts';
import { fakeFetch, uuid } from './fixtures.ts';
import { freshStore } from './queue.ts';

/** The words for a bad config, as the npm build's chunk (the script tag imports them through its loader). */
export const loadMessages = () => import('../../../src/config/messages.ts');

/**
 * An environment on happy-dom's window for unit tests: an outbox of its own (fake-indexeddb),
 * etiquette memory in memory, a fake fetch answering 204, a clock at 0, the lowest random draw,
 * and the real modules for what the browser would fetch. Each field can be replaced.
 */
export function testEnvironment(overrides: Partial<Environment> = {}): Environment {
  const { fetch } = fakeFetch();
  return {
    window,
    found: {},
    transport: () => ({ fetch, stringify: JSON.stringify }),
    outboxStore: freshStore,
    openEtiquette: createMemoryEtiquetteStore,
    now: () => 0,
    random: () => 0,
    uuid: () => uuid(1),
    loadPrompt: async () => promptModule,
    loadLocale: loadBundledLocale,
    loadTriggers: () => import('../../../src/journey/triggers.ts'),
    loadDelivery: () => import('../../../src/queue/delivery.ts'),
    loadOptionalChecks: () => import('../../../src/instance/optional-checks.ts'),
    ...overrides,
  };
}
