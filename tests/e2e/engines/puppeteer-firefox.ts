import puppeteer, { type Browser, type BrowserContext, type KeyInput, type Page } from 'puppeteer-core';
import {
  DEFAULT_VIEWPORT,
  type Engine,
  type Key,
  LeaveHooks,
  type Session,
  type SessionOptions,
  type Tab,
} from './engine.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox reports a request the network refused as a page error too ("Cross-Origin Request
 * Blocked … CORS request did not succeed"): that is the scenario (offline, endpoint down), not a
 * script error. Any other CORS report still counts.
 */
const NETWORK_REFUSED = /^Cross-Origin Request Blocked: .*\(Reason: CORS request did not succeed\)/;

const KEYS: Record<Exclude<Key, 'Shift+Tab'>, KeyInput> = {
  Tab: 'Tab',
  ArrowLeft: 'ArrowLeft',
  ArrowRight: 'ArrowRight',
  Enter: 'Enter',
  Escape: 'Escape',
  // BiDi knows the space bar only as the character.
  Space: ' ',
};

/** Firefox reads the motion preference from a pref (BiDi has no media emulation yet). */
const launch = (reducedMotion: boolean): Promise<Browser> =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'ui.prefersReducedMotion': reducedMotion ? 1 : 0 },
  });

class FirefoxTab implements Tab {
  readonly #leave = new LeaveHooks();
  /** The addresses this tab went to, for `back()`. */
  readonly #visited: string[];
  closed = false;
  constructor(
    readonly page: Page,
    url: string,
  ) {
    this.#visited = [url];
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>;
  }
  evaluateInFrame<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const frame = this.page.mainFrame().childFrames()[0];
    if (!frame) throw new Error('the page has no iframe');
    return frame.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>;
  }
  clickAt(x: number, y: number) {
    return this.page.mouse.click(x, y);
  }
  async press(key: Key) {
    if (key !== 'Shift+Tab') return this.page.keyboard.press(KEYS[key]);
    await this.page.keyboard.down('Shift');
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.up('Shift');
  }
  type(text: string) {
    return this.page.keyboard.type(text);
  }
  async goto(url: string) {
    await this.#leave.run();
    await this.page.goto(url);
    this.#visited.push(url);
  }
  async reload() {
    await this.#leave.run();
    await this.page.reload();
  }
  async back() {
    await this.#leave.run();
    this.#visited.pop();
    const previous = this.#visited.at(-1);
    // puppeteer's goBack() waits for a `load` that a page restored from the back/forward cache
    // never fires: go back from the page, then wait until the previous page shows.
    await this.page.evaluate(() => history.back());
    for (let i = 0; i < 100; i++) {
      const shown = await this.page
        .evaluate(() => document.readyState === 'complete' && location.href)
        .catch(() => false);
      if (shown === previous) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`back() did not return to ${previous}`);
  }
  async close() {
    await this.#leave.run();
    this.closed = true;
    // Without runBeforeUnload the tab is discarded: no pagehide, as if the browser crashed.
    await this.page.close({ runBeforeUnload: true });
  }
  onLeave(hook: () => Promise<void>) {
    this.#leave.add(hook);
  }
}

class FirefoxSession implements Session {
  readonly nativeProblems: string[] = [];
  readonly #pages: Page[] = [];
  constructor(
    readonly context: BrowserContext,
    readonly viewport: { width: number; height: number },
    /** A browser launched for this session alone (another motion preference), closed with it. */
    readonly own?: Browser,
  ) {}
  async open(url: string): Promise<Tab> {
    // A window, not a tab: a background tab is hidden, which the widget treats as leaving.
    const page = await this.context.newPage({ type: 'window' });
    page.on('pageerror', (error) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!NETWORK_REFUSED.test(message)) this.nativeProblems.push(`pageerror: ${message}`);
    });
    await page.setViewport(this.viewport);
    this.#pages.push(page);
    await page.goto(url);
    return new FirefoxTab(page, url);
  }
  async setOffline(offline: boolean) {
    await Promise.all(this.#pages.filter((page) => !page.isClosed()).map((page) => page.setOfflineMode(offline)));
  }
  async close() {
    await this.context.close();
    await this.own?.close();
  }
}

export async function launchFirefox(): Promise<Engine> {
  const browser = await launch(false);
  return {
    name: 'firefox',
    version: await browser.version(),
    // BiDi `emulation.setNetworkConditions`: the browser itself goes offline and comes back.
    can: { offline: true },
    async newSession({ reducedMotion = false, viewport = DEFAULT_VIEWPORT }: SessionOptions = {}) {
      const own = reducedMotion ? await launch(true) : undefined;
      return new FirefoxSession(await (own ?? browser).createBrowserContext(), viewport, own);
    },
    close: () => browser.close(),
  };
}
