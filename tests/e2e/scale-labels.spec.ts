/**
 * The words at the two ends of a numbered scale, at 320 px, in the languages whose words are
 * longest: each sits under its own end of the scale (the last one aligned to the last point,
 * not starting mid-row where it reads as a label of the middle), and the two never overlap.
 */
import type { Page } from '@playwright/test';
import ar from '../../src/i18n/locales/ar.ts';
import de from '../../src/i18n/locales/de.ts';
import it from '../../src/i18n/locales/it.ts';
import pl from '../../src/i18n/locales/pl.ts';
import { expect, snippetHtml, test } from './fixtures.ts';
import { ask, widget } from './support/widget.ts';

test.use({ viewport: { width: 320, height: 640 } });

/** Left and right edges of the words as drawn (their text, not their box), and of the scale's ends. */
const measure = (page: Page) =>
  widget(page).evaluate((host) => {
    const root = host.shadowRoot as ShadowRoot;
    const points = [...root.querySelectorAll('input[name="rating"] + span')].map((el) => el.getBoundingClientRect());
    const words = [...root.querySelectorAll('[aria-hidden="true"] > span')].map((span) => {
      const range = document.createRange();
      range.selectNodeContents(span);
      const lines = [...range.getClientRects()];
      return {
        left: Math.min(...lines.map((r) => r.left)),
        right: Math.max(...lines.map((r) => r.right)),
        top: Math.min(...lines.map((r) => r.top)),
      };
    });
    const first = points[0] as DOMRect;
    const last = points[points.length - 1] as DOMRect;
    const smallest = Math.min(...points.flatMap((r) => [r.width, r.height]));
    return { words, smallest, left: Math.min(first.left, last.left), right: Math.max(first.right, last.right) };
  });

const CASES = [
  ['de', de.effortLabels, 'ltr'],
  ['it', it.effortLabels, 'ltr'],
  ['pl', pl.effortLabels, 'ltr'],
  ['ar', ar.effortLabels, 'rtl'],
] as const;

for (const [lang, labels, dir] of CASES) {
  test(`${lang}: the 7-point scale's end words sit under their own ends at 320 px`, async ({
    page,
    server,
    collector,
  }) => {
    const config = { endpoint: collector.endpoint, site: 'shop-e2e', steps: { returns: { instrument: 'effort' } } };
    const html = snippetHtml({ config }).replace('<html lang="en">', `<html lang="${lang}">`);
    await page.goto(`${server.url}${server.page(html)}`);
    await ask(page, 'returns');
    const [lowest, highest] = [labels[0], labels[labels.length - 1]] as [string, string];
    await expect(widget(page).getByRole('radio', { name: `7 – ${highest}`, exact: true })).toBeVisible();
    await expect(widget(page).getByText(lowest, { exact: true })).toBeVisible();

    const { words, smallest, left, right } = await measure(page);
    expect(smallest, 'every point a 24 px target (WCAG 2.5.8)').toBeGreaterThanOrEqual(24);
    expect(words).toHaveLength(2);
    // The lowest point's words start where the row starts: at the left in LTR, the right in RTL.
    const [low, high] = dir === 'ltr' ? [words[0], words[1]] : [words[1], words[0]];
    if (!low || !high) throw new Error('two end words expected');
    expect(Math.abs(low.left - left), 'left words against the row’s left edge').toBeLessThanOrEqual(2);
    expect(Math.abs(high.right - right), 'right words against the row’s right edge').toBeLessThanOrEqual(2);
    expect(low.right, 'the two never overlap').toBeLessThan(high.left);
    expect(Math.abs(low.top - high.top), 'both on one baseline row').toBeLessThanOrEqual(1);
  });
}
