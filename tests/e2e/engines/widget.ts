import { poll } from '../fixtures.ts';
import { OUTBOX_DB, OUTBOX_STORE, type OutboxEntry, outboxEntries } from '../support/widget.ts';
import type { Tab } from './engine.ts';

/** Where a widget runs: a tab's page, or the iframe in it (`inFrame`). */
export type Scope = Pick<Tab, 'evaluate' | 'clickAt'>;

/**
 * The page's first iframe as a scope: scripts run inside it, and a click at its coordinates is a
 * real click on the page, moved by where the frame's content box sits.
 */
export function inFrame(tab: Tab): Scope {
  return {
    evaluate: (fn, arg) => tab.evaluateInFrame(fn, arg),
    async clickAt(x, y) {
      const at = await tab.evaluate(() => {
        const frame = document.querySelector('iframe');
        const r = frame?.getBoundingClientRect();
        return r && frame ? { x: r.x + frame.clientLeft, y: r.y + frame.clientTop } : null;
      });
      if (!at) throw new Error('the page has no iframe');
      await tab.clickAt(at.x + x, at.y + y);
    },
  };
}

/** Selectors inside the widget's shadow root. A face or word is clicked where it shows: its label. */
export const FACE = (rating: number) => `label:has(> input[name="rating"][value="${rating}"])`;
export const WORD = (key: string) => `label:has(> input[name="emotions"][value="${key}"])`;
export const SEND = 'button[type="submit"]';
export const CLOSE = 'button[aria-label="Close"]';

export const THANKS = 'Thank you! Your answer helps us improve.';
export const SAVED_OFFLINE = 'Thank you! Your answer is saved — we’ll send it when you’re back online.';

export const ask = (tab: Scope, step: string) =>
  tab.evaluate((name) => {
    window.feelback('ask', name);
  }, step);

/** Resolves once the widget has made one delivery attempt of everything pending. */
export const flush = (tab: Scope) =>
  tab.evaluate(async () => {
    await window.feelback('flush');
  });

/** Starts a delivery attempt without waiting for it (tabs of one session take turns at commands). */
export const startFlush = (tab: Scope) =>
  tab.evaluate(() => {
    void window.feelback('flush');
  });

export const readOutbox = (tab: Scope): Promise<OutboxEntry[]> =>
  tab
    .evaluate(outboxEntries, [OUTBOX_DB, OUTBOX_STORE] as const)
    .then((all) => all.filter((entry) => !String(entry.key).startsWith('~')));

/** What the shopper has in front of them, read in the page. */
export interface View {
  /** The prompt card is on screen. */
  shown: boolean;
  /** The status region's words (what a screen reader announces). */
  status: string;
  /** The visible thanks message, when the prompt has been answered. */
  thanks: string | null;
  /** The face chosen, if any. */
  rating: string | null;
  /** What has focus: an element of the page (`#id`) or of the widget (`input[value]`, `button`, `thanks`). */
  focus: string;
}

export const view = (tab: Scope): Promise<View> =>
  tab.evaluate(() => {
    const root = document.querySelector('feelback-widget')?.shadowRoot;
    const card = root?.querySelector('section');
    const active = root?.activeElement;
    const describe = (el: Element | null | undefined): string => {
      if (!el) return 'none';
      if (el.getRootNode() === document) return el.id ? `#${el.id}` : el.tagName.toLowerCase();
      if (el instanceof HTMLParagraphElement && el.hasAttribute('data-focus')) return 'thanks';
      if (el instanceof HTMLInputElement) return `${el.name}=${el.value}`;
      if (el instanceof HTMLButtonElement) return `button:${el.getAttribute('aria-label') ?? el.textContent}`;
      return el.id ? `#${el.id}` : el.tagName.toLowerCase();
    };
    return {
      shown: !!card && card.getBoundingClientRect().height > 0,
      status: root?.querySelector('[role="status"]')?.textContent ?? '',
      thanks: root?.querySelector('p[data-focus]')?.textContent ?? null,
      rating: root?.querySelector<HTMLInputElement>('input[name="rating"]:checked')?.value ?? null,
      focus: root && document.activeElement === root.host ? describe(active) : describe(document.activeElement),
    };
  });

/** Waits until the prompt is up and its entrance animation has finished, so layout is final. */
export async function settled(tab: Scope): Promise<void> {
  await poll(async () => (await view(tab)).shown).toBe(true);
  await tab.evaluate(async () => {
    const card = document.querySelector('feelback-widget')?.shadowRoot?.querySelector('section');
    await Promise.all(card?.getAnimations({ subtree: true }).map((a) => a.finished) ?? []);
  });
}

/** The box of the first element matching `selector` in the widget (null while there is none). */
export const box = (tab: Scope, selector: string) =>
  tab.evaluate((sel) => {
    const el = document.querySelector('feelback-widget')?.shadowRoot?.querySelector(sel);
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, selector);

/** A real click in the middle of a widget element, once it is there. */
export async function click(tab: Scope, selector: string): Promise<void> {
  let found: Awaited<ReturnType<typeof box>> = null;
  await poll(async () => (found = await box(tab, selector)), { message: `${selector} in the widget` }).not.toBeNull();
  const at = found as unknown as { x: number; y: number; width: number; height: number };
  await tab.clickAt(at.x + at.width / 2, at.y + at.height / 2);
}

/**
 * The shopper touches the card (its question, which does nothing), as before choosing: resolves
 * once the follow-up's file (the words, the comment) is fetched, so the test may go offline.
 */
export async function reachFor(tab: Scope): Promise<void> {
  await click(tab, '#fb-q');
  await poll(() =>
    tab.evaluate(() =>
      performance.getEntriesByType('resource').some((entry) => /\/feelback-follow-up\.[\w-]+\.js$/.test(entry.name)),
    ),
  ).toBe(true);
}

/** Presses Tab until `focus` (as `view` names it) has focus; fails if it never gets it. */
export async function tabTo(tab: Tab, focus: string, max = 15): Promise<void> {
  for (let i = 0; i < max && (await view(tab)).focus !== focus; i++) await tab.press('Tab');
  if ((await view(tab)).focus !== focus) throw new Error(`Tab never reached ${focus}`);
}
