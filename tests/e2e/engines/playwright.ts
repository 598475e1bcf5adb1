import { type BrowserContext, chromium, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import {
  DEFAULT_VIEWPORT,
  type Engine,
  type Key,
  LeaveHooks,
  type Session,
  type SessionOptions,
  type Tab,
} from './engine.ts';

class PlaywrightTab implements Tab {
  readonly #leave = new LeaveHooks();
  closed = false;
  constructor(readonly page: Page) {}
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  }
  evaluateInFrame<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const frame = this.page.mainFrame().childFrames()[0];
    if (!frame) throw new Error('the page has no iframe');
    return frame.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  }
  clickAt(x: number, y: number) {
    return this.page.mouse.click(x, y);
  }
  press(key: Key) {
    return this.page.keyboard.press(key);
  }
  type(text: string) {
    return this.page.keyboard.type(text);
  }
  async goto(url: string) {
    await this.#leave.run();
    await this.page.goto(url);
  }
  async reload() {
    await this.#leave.run();
    await this.page.reload();
  }
  async back() {
    await this.#leave.run();
    // A page restored from the back/forward cache fires no new `load`.
    await this.page.goBack({ waitUntil: 'commit' });
  }
  async close() {
    await this.#leave.run();
    this.closed = true;
    await this.page.close({ runBeforeUnload: true });
  }
  onLeave(hook: () => Promise<void>) {
    this.#leave.add(hook);
  }
}

class PlaywrightSession implements Session {
  readonly nativeProblems: string[] = [];
  constructor(readonly context: BrowserContext) {
    context.on('weberror', (error) => this.nativeProblems.push(`pageerror: ${error.error().message}`));
  }
  async open(url: string): Promise<Tab> {
    const page = await this.context.newPage();
    await page.goto(url);
    return new PlaywrightTab(page);
  }
  setOffline(offline: boolean) {
    return this.context.setOffline(offline);
  }
  close() {
    return this.context.close();
  }
}

export const CHROMIUM_PATH = String(playwrightConfig.use?.launchOptions?.executablePath ?? '/usr/bin/chromium');

/** Debian's Chromium, launched with the suite's own options (playwright.config.ts). */
export async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch({
    ...playwrightConfig.use?.launchOptions,
    headless: true,
    // Playwright turns the back/forward cache off; Firefox and WebKit keep theirs on, as browsers do.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  return {
    name: 'chromium',
    version: browser.version(),
    can: { offline: true },
    async newSession({ reducedMotion = false, viewport = DEFAULT_VIEWPORT }: SessionOptions = {}) {
      const context = await browser.newContext({ viewport, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
      return new PlaywrightSession(context);
    },
    close: () => browser.close(),
  };
}
