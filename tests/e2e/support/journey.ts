import { expect, type Locator, type Page } from '@playwright/test';
import type { Guard } from '../fixtures.ts';
import { widget } from './widget.ts';

export const JOURNEY_DB = 'feelback-journey';
export const DAY_MS = 86_400_000;

export async function step(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => window.feelback('step', n), name);
}

export async function consent(page: Page, granted: boolean): Promise<void> {
  await page.evaluate((g) => window.feelback('consent', g), granted);
}

/** The names of the page origin's IndexedDB databases. */
export const databases = (page: Page): Promise<string[]> =>
  page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));

/** Everything a script can see of the origin's other storage. */
export const otherStorage = (page: Page) =>
  page.evaluate(() => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    cookie: document.cookie,
  }));

/** The etiquette record, read with the raw API; undefined when the database does not exist. */
export function readEtiquette(page: Page): Promise<unknown> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return undefined;
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const get = db.transaction('state', 'readonly').objectStore('state').get('etiquette');
        get.onsuccess = () => {
          db.close();
          resolve(get.result);
        };
        get.onerror = () => reject(get.error);
      };
    });
  }, JOURNEY_DB);
}

/**
 * Calls `step` or `ask` and resolves to what the widget decided, from its `debug: true` log line:
 * "prompt shown." or "no prompt — <reason>.".
 */
export async function decision(page: Page, guard: Guard, command: 'step' | 'ask', name: string): Promise<string> {
  const from = guard.console.length;
  const prefix = `[feelback] ${command}(${name}): `;
  await page.evaluate(([c, n]) => window.feelback(c, n), [command, name] as const);
  const lines = () =>
    guard.console
      .slice(from)
      .filter((m) => m.type === 'info' && m.text.startsWith(prefix))
      .map((m) => m.text.slice(prefix.length));
  await expect.poll(() => lines().length, { intervals: [50, 100] }).toBe(1);
  return lines()[0] ?? '';
}

/** Calls `step` or `ask` and checks that no prompt appears, for the given reason. */
export async function expectNoPrompt(
  page: Page,
  guard: Guard,
  command: 'step' | 'ask',
  name: string,
  reason: string,
): Promise<void> {
  expect(await decision(page, guard, command, name)).toBe(`no prompt — ${reason}.`);
  await expect(widget(page)).toHaveCount(0);
}

/** Presses Tab until `target` has focus; fails if it never gets it. */
export async function tabTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

export const dontAskButton = (page: Page): Locator => widget(page).getByRole('button', { name: 'Don’t ask me again' });
export const scalePoint = (page: Page, name: string): Locator => widget(page).getByRole('radio', { name, exact: true });
