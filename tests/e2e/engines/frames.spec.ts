/**
 * Storage refused by the engine itself, not by a script: the shop inside a sandboxed iframe
 * without allow-same-origin has an opaque origin, where every engine refuses IndexedDB (and Web
 * Locks). The widget's memory fallback is what runs here, as it would on a real marketplace.
 */

import type { WidgetEvent } from '../fixtures.ts';
import { poll } from '../fixtures.ts';
import { expectDeliveredOnce, shopConfig } from '../support/outbox.ts';
import { expect, test } from './fixtures.ts';
import { ask, click, FACE, flush, inFrame, SEND, THANKS, view } from './widget.ts';

/** What the frame's own guard recorded (the session's guard reads only the top page). */
const frameRecords = (frame: ReturnType<typeof inFrame>) =>
  frame.evaluate(() => {
    const g = (window as unknown as { __e2e?: { problems: string[]; warnings: string[]; events: WidgetEvent[] } })
      .__e2e;
    return g ? { problems: g.problems, warnings: g.warnings, events: g.events } : null;
  });

test('sandboxed iframe (opaque origin): storage refused by the engine, thanked plainly, delivered once from memory', async ({
  session,
  site,
  collector,
}) => {
  const shop = site.shop({ config: shopConfig(collector) });
  const host = site.other(
    'Marketplace',
    `<main><h1>Marketplace</h1><iframe sandbox="allow-scripts" src="${shop}" title="Shop" width="640" height="560"></iframe></main>`,
  );
  const tab = await session.open(host);
  const frame = inFrame(tab);
  await poll(() => frame.evaluate(() => typeof window.feelback === 'function' && document.readyState)).toBe('complete');
  expect(await frame.evaluate(() => origin)).toBe('null');
  await ask(frame, 'checkout');
  await click(frame, FACE(4));
  await click(frame, SEND);
  // Only in memory: the plain thanks, which promises nothing about later.
  await poll(async () => (await view(frame)).thanks).toBe(THANKS);
  await poll(() => collector.received.length).toBe(1);
  await flush(frame);

  const records = await frameRecords(frame);
  expect(records?.problems).toEqual([]);
  expect(records?.warnings).toEqual([]);
  const events = (name: string) => (records?.events ?? []).filter((event) => event.name === name);
  const id = events('answered')[0]?.payload.id;
  expect(events('answered').map((event) => event.payload.stored)).toEqual([false]);
  expect(events('error').map((event) => event.payload.code)).toEqual(['storage-unavailable']);
  expect(events('delivered').map((event) => event.payload.ids)).toEqual([[id]]);
  expectDeliveredOnce(collector, [id]);
  expect(collector.requests.map((request) => request.headers.origin)).toEqual(['null']);
  // The host page has none of our storage.
  expect(await tab.evaluate(async () => [(await indexedDB.databases()).length, localStorage.length])).toEqual([0, 0]);
});
