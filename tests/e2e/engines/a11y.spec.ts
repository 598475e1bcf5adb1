/**
 * axe-core on the prompt in every engine: what axe computes (names, roles, colours, target
 * sizes) comes from each engine's own layout and accessibility tree.
 */
import type { AxeResults } from 'axe-core';
import { poll } from '../fixtures.ts';
import { AXE_TAGS, summarise } from '../support/axe.ts';
import { shopConfig } from '../support/outbox.ts';
import type { Tab } from './engine.ts';
import { expect, test } from './fixtures.ts';
import { ask, click, FACE, settled, view } from './widget.ts';

/** Loads axe-core from the test's server (`/axe/`) and runs the WCAG 2.x A/AA rules over the page. */
async function runAxe(tab: Tab) {
  await tab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/axe/axe.min.js';
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('axe-core did not load'));
        document.head.append(script);
      }),
  );
  const { violations } = await tab.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, rules: { 'target-size': { enabled: true } } })
        // Only what the report needs crosses back (WebDriver cannot return axe's element references).
        .then((results) => ({ violations: JSON.parse(JSON.stringify(results.violations)) })),
    AXE_TAGS,
  );
  return { violations: violations as AxeResults['violations'], summary: summarise(violations) };
}

const STATES: Record<string, (tab: Tab) => Promise<void>> = {
  prompt: async () => {},
  'follow-up': async (tab) => {
    await click(tab, FACE(2));
    await poll(async () => (await view(tab)).rating).toBe('2');
  },
};

for (const [state, reach] of Object.entries(STATES)) {
  test(`axe finds no WCAG 2.2 AA violations in the ${state} state`, async ({ session, site, collector }) => {
    const tab = await session.open(site.shop({ config: shopConfig(collector) }));
    await ask(tab, 'checkout');
    await settled(tab);
    await reach(tab);
    const { violations, summary } = await runAxe(tab);
    expect(violations, summary).toEqual([]);
  });
}
