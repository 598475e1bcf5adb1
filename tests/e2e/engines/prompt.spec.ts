/**
 * The prompt as the README promises it, in every engine: what it shows, how a mouse and a
 * keyboard answer it, right to left, reduced motion.
 */
import { en } from '../../../src/i18n/en.ts';
import he from '../../../src/i18n/locales/he.ts';
import { PATTERNS } from '../../../src/shared/patterns.ts';
import { poll, staysFor } from '../fixtures.ts';
import { shopConfig } from '../support/outbox.ts';
import { FACE_NAMES } from '../support/widget.ts';
import { expect, test } from './fixtures.ts';
import { ask, box, CLOSE, click, FACE, SEND, settled, THANKS, tabTo, view, WORD } from './widget.ts';

test('the prompt contract: an open shadow root, named native radios, announced, never takes focus, closes', async ({
  session,
  site,
  collector,
  guard,
}) => {
  const tab = await session.open(site.shop({ config: shopConfig(collector) }));
  expect(await tab.evaluate(() => document.querySelector('feelback-widget'))).toBeNull();
  await tab.evaluate(() => document.querySelector<HTMLInputElement>('#search')?.focus());
  await ask(tab, 'checkout');
  await settled(tab);
  const shape = await tab.evaluate(() => {
    const host = document.querySelector('feelback-widget');
    const root = host?.shadowRoot;
    const radios = [...(root?.querySelectorAll<HTMLInputElement>('input[type="radio"][name="rating"]') ?? [])];
    return {
      open: !!root && root.mode === 'open',
      lang: host?.getAttribute('lang'),
      dir: host?.getAttribute('dir'),
      region: root?.querySelector('section')?.getAttribute('aria-label'),
      legend: root?.querySelector('#fb-q')?.textContent,
      form: root?.querySelector('form')?.getAttribute('aria-labelledby'),
      faces: radios.map((radio) => radio.getAttribute('aria-label')),
      checked: radios.filter((radio) => radio.checked).length,
    };
  });
  expect(shape).toEqual({
    open: true,
    lang: 'en',
    dir: 'ltr',
    region: en.region,
    legend: en.question,
    form: 'fb-q',
    faces: FACE_NAMES,
    checked: 0,
  });
  const shown = await view(tab);
  expect(shown.status).toBe(en.promptAvailable.replace('{question}', en.question));
  // It appeared without moving focus.
  expect(shown.focus).toBe('#search');

  // A real click on a face chooses it and shows Send, then the words and the comment (their own
  // file); nothing is sent.
  await click(tab, FACE(2));
  await poll(async () => (await view(tab)).rating).toBe('2');
  expect(await box(tab, SEND)).not.toBeNull();
  await poll(() => box(tab, WORD('frustrated'))).not.toBeNull();
  expect(await box(tab, 'textarea[name="comment"]')).not.toBeNull();
  // Held while the card is open, though the delivery code comes in idle time after the choice.
  await staysFor(500, () => collector.requests.length, 0);

  await click(tab, CLOSE);
  await poll(() => tab.evaluate(() => document.querySelector('feelback-widget'))).toBeNull();
  expect((await guard.events('dismissed')).map((e) => e.payload)).toEqual([{ step: 'checkout', reason: 'close' }]);
  // The face chosen before the card closed arrives as one partial answer.
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ data: { rating: 2, partial: true } });
  await staysFor(500, () => collector.duplicates, 0);
});

test('keyboard only: Tab in, arrows rate, Space picks a word, type, Enter sends, Escape closes', async ({
  session,
  site,
  collector,
}) => {
  const tab = await session.open(site.shop({ config: shopConfig(collector) }));
  await tab.evaluate(() => document.querySelector<HTMLInputElement>('#search')?.focus());
  await ask(tab, 'checkout');
  await settled(tab);
  // The widget comes after the page's last control.
  await tab.press('Tab');
  expect((await view(tab)).focus).toBe('rating=1');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft'] as const)
    await tab.press(key);
  expect(await view(tab)).toMatchObject({ focus: 'rating=4', rating: '4' });
  // Choosing is not sending.
  expect(collector.requests).toEqual([]);

  await tabTo(tab, 'emotions=relieved');
  await tab.press('Space');
  await tabTo(tab, '#fb-c');
  await tab.type('Smooth');
  await tabTo(tab, `button:${en.send}`);
  await tab.press('Enter');
  // Sent from the keyboard: focus moves to the thanks.
  await poll(async () => (await view(tab)).focus).toBe('thanks');
  expect((await view(tab)).thanks).toBe(THANKS);
  // One answer, and its partial answer never went: it was held while the card was open, and
  // Send dropped it in the answer's own write (the answer names it all the same).
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]).toMatchObject({ data: { rating: 4, emotions: ['relieved'], comment: 'Smooth' } });
  expect(collector.received[0]?.data).not.toHaveProperty('partial');
  expect(collector.received[0]?.data).toMatchObject({ replaces: expect.stringMatching(PATTERNS.uuid) });

  await tab.press('Escape');
  await poll(() => tab.evaluate(() => document.querySelector('feelback-widget'))).toBeNull();
  expect((await view(tab)).focus).toBe('#search');
});

test('he: right to left, in the bottom-left corner, close button and faces mirrored', async ({
  session,
  site,
  collector,
}) => {
  const tab = await session.open(site.shop({ config: shopConfig(collector), lang: 'he' }));
  await ask(tab, 'checkout');
  await settled(tab);
  const layout = await tab.evaluate(() => {
    const host = document.querySelector('feelback-widget');
    const root = host?.shadowRoot;
    const rect = (el: Element | null | undefined) => el?.getBoundingClientRect().toJSON() as DOMRect;
    return {
      dir: host?.getAttribute('dir'),
      legend: root?.querySelector('#fb-q')?.textContent,
      viewport: innerWidth,
      card: rect(root?.querySelector('section')),
      close: rect(root?.querySelector('form button[type="button"]')),
      faces: [...(root?.querySelectorAll('input[name="rating"]') ?? [])].map((input) => rect(input.parentElement).x),
    };
  });
  expect(layout.dir).toBe('rtl');
  expect(layout.legend).toBe(he.question);
  // The card sits in the left half, its close button at its left edge…
  expect(layout.card.x + layout.card.width / 2).toBeLessThan(layout.viewport / 2);
  expect(layout.close.x - layout.card.x).toBeLessThan(layout.card.right - layout.close.right);
  // …and the faces read right to left, most negative first.
  expect(layout.faces).toEqual([...layout.faces].sort((a, b) => b - a));
});

for (const reducedMotion of [true, false]) {
  test.describe(`reduced motion ${reducedMotion ? 'asked for' : 'not asked for'}`, () => {
    test.use({ sessionOptions: { reducedMotion } });
    test(reducedMotion ? 'no animation runs' : 'the prompt slides in', async ({ session, site, collector }) => {
      const tab = await session.open(site.shop({ config: shopConfig(collector) }));
      expect(await tab.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(reducedMotion);
      await ask(tab, 'checkout');
      await poll(async () => (await view(tab)).shown).toBe(true);
      const motion = await tab.evaluate(() => {
        const card = document.querySelector('feelback-widget')?.shadowRoot?.querySelector('section');
        const style = card && getComputedStyle(card);
        return { name: style?.animationName, animations: card?.getAnimations({ subtree: true }).length };
      });
      if (reducedMotion) expect(motion).toEqual({ name: 'none', animations: 0 });
      else expect(motion.name).toMatch(/^fb-enter/);
    });
  });
}
