import type { WidgetEvent } from '../fixtures.ts';
import type { Session, Tab } from './engine.ts';

interface Records {
  problems: string[];
  warnings: string[];
  events: WidgetEvent[];
}

const empty = (): Records => ({ problems: [], warnings: [], events: [] });

function merge(into: Records, from: Records): void {
  into.problems.push(...from.problems);
  into.warnings.push(...from.warnings);
  into.events.push(...from.events);
}

/**
 * What the page's guard script recorded; with `take`, also empties the page's record (a page left
 * may come back from the back/forward cache: only what it records afterwards is new). Every page
 * of a test's site has the guard; a page without it is a problem in itself (a guard that failed to
 * run would hide every error in WebKit).
 */
const readRecords = (tab: Tab, take = false): Promise<Records> =>
  tab.evaluate((empty) => {
    const g = (window as unknown as { __e2e?: Records }).__e2e;
    if (!g) return { problems: [`no guard on ${location.href}`], warnings: [], events: [] };
    const read = (list: unknown[]) => (empty ? list.splice(0) : list);
    return { problems: read(g.problems), warnings: read(g.warnings), events: read(g.events) } as Records;
  }, take);

/**
 * Collects the records of every page of a session: a page's records are read when the test
 * leaves it (navigation, reload, close) and, for the pages still open, whenever asked.
 */
export class Guard {
  readonly #tabs = new Set<Tab>();
  readonly #gone: Records = empty();
  #looked = false;

  constructor(readonly session: Session) {}

  /** A session whose every tab is watched. */
  watch(): Session {
    const { session } = this;
    return {
      open: async (url) => {
        const tab = await session.open(url);
        this.#tabs.add(tab);
        tab.onLeave(async () => merge(this.#gone, await readRecords(tab, true)));
        return tab;
      },
      setOffline: (offline) => session.setOffline(offline),
      get nativeProblems() {
        return session.nativeProblems;
      },
      close: () => session.close(),
    };
  }

  async #all(): Promise<Records> {
    const all = empty();
    merge(all, this.#gone);
    for (const tab of this.#tabs) if (!tab.closed) merge(all, await readRecords(tab));
    all.problems.push(...this.session.nativeProblems);
    return all;
  }

  /** Widget events of every page so far, in page order. */
  async events(name?: string): Promise<WidgetEvent[]> {
    return (await this.#all()).events.filter((event) => name === undefined || event.name === name);
  }

  /** Console warnings, optionally only those that start with `prefix`. */
  async warnings(prefix = ''): Promise<string[]> {
    this.#looked = true;
    return (await this.#all()).warnings.filter((text) => text.startsWith(prefix));
  }

  async problems(): Promise<string[]> {
    return (await this.#all()).problems;
  }

  /** At the end of a test: no errors at all, and no warning of ours the test did not look for. */
  async unexpected(): Promise<{ problems: string[]; warnings: string[] }> {
    const all = await this.#all();
    return {
      problems: all.problems,
      warnings: this.#looked ? [] : all.warnings.filter((text) => text.startsWith('[feelback]')),
    };
  }
}
