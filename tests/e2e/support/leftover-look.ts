import type { Page } from '@playwright/test';
import { roundTrip } from './page-clock.ts';

/** What `indexedDB.databases()` says in the console once it has answered (see watchLeftoverLook). */
const LOOKED = '[e2e] indexedDB.databases() answered';
/** Each watched page's first look, listened for from `watchLeftoverLook` on. */
const looks = new WeakMap<Page, Promise<unknown>>();

/**
 * From the next navigation on: an installed clock, and `indexedDB.databases()` saying in the console
 * when it has answered: that call is how the loader looks for answers left from an earlier visit.
 */
export async function watchLeftoverLook(page: Page): Promise<void> {
  // Heard from now on: the look comes 1 s after the page loads, on a clock that runs by itself.
  const answered = page.waitForEvent('console', (message) => message.text() === LOOKED);
  answered.catch(() => {});
  looks.set(page, answered);
  await page.addInitScript((marker) => {
    const databases = IDBFactory.prototype.databases;
    IDBFactory.prototype.databases = function (this: IDBFactory) {
      return databases.call(this).then((list) => {
        console.info(marker);
        return list;
      });
    };
  }, LOOKED);
  await page.clock.install();
}

/** Moves the page's clock past the loader's look for leftovers (1 s after it ran) and waits for its answer. */
export async function pastLeftoverLook(page: Page): Promise<void> {
  const answered = looks.get(page);
  if (!answered) throw new Error('watchLeftoverLook(page) first');
  await page.clock.runFor(1_000);
  await answered;
  // A widget file requested because of the answer is on the wire after this.
  await roundTrip(page);
}
