import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Collector, startCollector } from '../../../demo/collector.js';
import { Survey, type SurveyApi } from '../../../integrations/shopify/checkout-extension/src/Survey.tsx';
import { uuid } from '../support/fixtures.ts';

// The checkout UI extension's survey, rendered with Preact as Shopify renders it (Shopify's
// `s-*` elements are plain elements here), answering to the real collector.

/** The extension's own texts (vitest runs from the repository's root). */
const texts = (language: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'integrations/shopify/checkout-extension/locales', language), 'utf8'));

/** Shopify's extension storage as the survey sees it: JSON in and out, kept across renders (a reload). */
export function memoryStorage() {
  const kept = new Map<string, string>();
  return {
    kept,
    read: async <T>(key: string) => (kept.has(key) ? (JSON.parse(kept.get(key) as string) as T) : null),
    write: async (key: string, data: unknown) => {
      kept.set(key, JSON.stringify(data));
    },
  };
}

export interface ApiOptions {
  isoCode?: string;
  language?: string;
  storage?: SurveyApi['storage'];
  /** Rendered in the checkout editor. */
  editor?: boolean;
  capabilities?: string[];
  storefrontUrl?: string;
}

/** The extension API's parts the survey reads, as Shopify hands them over (signals with `.value`). */
export function shopifyApi(
  settings: Record<string, unknown>,
  {
    isoCode = 'de',
    language = 'de.json',
    storage = memoryStorage(),
    editor = false,
    capabilities = ['network_access'],
    storefrontUrl = 'https://acme.example',
  }: ApiOptions = {},
): SurveyApi {
  const messages = texts(language);
  return {
    settings: { value: settings },
    localization: { language: { value: { isoCode } } },
    i18n: {
      translate: (key) =>
        key.split('.').reduce((at: Record<string, unknown>, part) => at?.[part] as never, messages) as never,
    },
    storage,
    extension: { ...(editor && { editor: { type: 'checkout' } }), capabilities: { value: capabilities } },
    shop: { storefrontUrl },
  };
}

export const ORDER = 'gid://shopify/Order/1001';

let collector: Collector;
let root: HTMLElement | undefined;
/** Ids across renders, as a reloaded page's are new ones: uuid(1), uuid(2), … */
let ids = 0;

/** The collector the survey answers to, started for the test file. */
export function collectorForThisFile(): () => Collector {
  beforeAll(async () => {
    // The extension posts from an origin of its own, which the endpoint must allow (CORS).
    collector = await startCollector({ allowedOrigins: [location.origin], record: true });
  });
  afterAll(() => collector.close());
  afterEach(() => {
    unmount();
    ids = 0;
    collector.reset();
  });
  return () => collector;
}

/** Renders the survey for an order (null: Shopify does not know it yet), as a page (re)load does. */
export async function show(
  api: SurveyApi,
  { step = 'order_confirmed', order = ORDER }: { step?: string; order?: string | null } = {},
) {
  unmount();
  root = document.body.appendChild(document.createElement('div'));
  const sender = {
    fetch: globalThis.fetch,
    uuid: () => uuid(++ids),
    now: () => Date.UTC(2026, 11, 6, 12),
    globalPrivacyControl: () => false,
  };
  await act(() => render(h(Survey, { step, api, sender, orderId: () => order ?? undefined }), root as HTMLElement));
  // Reading what storage kept for the order takes a turn.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return root;
}

/** The page left: the survey's state goes with it, storage stays. */
export function unmount() {
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
}

const button = (name: string) =>
  [...document.querySelectorAll('s-button')].find((element) => element.textContent === name) as HTMLElement;

export async function click(name: string) {
  await act(() => button(name).click());
}

/** Waits for what an answer's round trip to the collector changes. */
export async function until(done: () => boolean) {
  for (let turn = 0; turn < 100 && !done(); turn++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  // Run out: the test's next assertion would fail for a reason less plain than this.
  if (!done()) throw new Error('until: still not so after 1 s');
}

/** The ids of the events each request carried, in order. */
export const sentIds = (collector: Collector) =>
  collector.requests.map((request) => (JSON.parse(String(request.body)) as Array<{ id: string }>)[0]?.id);
