import type { Page } from '@playwright/test';

/** A round trip from the page to its server: a request the page started before is on the wire by now. */
export const roundTrip = (page: Page) =>
  page.evaluate(() => fetch(location.href, { cache: 'no-store' }).then(() => undefined));

/**
 * Moves a paused page clock `step` ms at a time until `done()` holds, and says how far it moved:
 * how long the page waited for something (a retry's backoff) on its own clock, without the
 * test waiting that long. A step fires what is due, then `done` is asked after a round trip from
 * the page to its server, so a request the step started is on its way. Moving past `limit` ms fails.
 */
export async function runUntil(page: Page, done: () => boolean | Promise<boolean>, limit = 10_000, step = 50) {
  let moved = 0;
  while (!(await done())) {
    if (moved >= limit) throw new Error(`not done after ${limit} ms on the page's clock`);
    await page.clock.runFor(step);
    moved += step;
    await roundTrip(page);
  }
  return moved;
}
