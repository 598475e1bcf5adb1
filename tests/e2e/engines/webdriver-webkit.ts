import { Builder, Key as Keys, Origin, type WebDriver } from 'selenium-webdriver';
import {
  DEFAULT_VIEWPORT,
  type Engine,
  type Key,
  LeaveHooks,
  type Session,
  type SessionOptions,
  type Tab,
} from './engine.ts';
import { startDriver, startXvfb } from './webkit-processes.ts';

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS: Record<Key, string[]> = {
  Tab: [Keys.TAB],
  'Shift+Tab': [Keys.SHIFT, Keys.TAB],
  ArrowLeft: [Keys.ARROW_LEFT],
  ArrowRight: [Keys.ARROW_RIGHT],
  Enter: [Keys.ENTER],
  Escape: [Keys.ESCAPE],
  Space: [Keys.SPACE],
};

/**
 * WebDriver classic drives one window at a time: every command switches to its tab's window
 * first, one command at a time for the whole session.
 */
class WebKitSession implements Session {
  readonly nativeProblems: string[] = [];
  #queue: Promise<unknown> = Promise.resolve();
  #current: string | undefined;
  #windows = 0;
  constructor(
    readonly driver: WebDriver,
    readonly viewport: { width: number; height: number },
    readonly stop?: () => void,
  ) {}
  run<R>(handle: string | undefined, work: (driver: WebDriver) => Promise<R>): Promise<R> {
    const next = this.#queue.then(async () => {
      if (handle && handle !== this.#current) await this.driver.switchTo().window(handle);
      this.#current = handle ?? this.#current;
      return work(this.driver);
    });
    this.#queue = next.catch(() => {});
    return next;
  }
  async open(url: string): Promise<Tab> {
    const handle = await this.run(undefined, async (driver) => {
      // The first tab is the session's own window; each later one is a window of its own (a
      // background tab would be hidden, which the widget treats as leaving).
      if (this.#windows++ > 0) await driver.switchTo().newWindow('window');
      this.#current = await driver.getWindowHandle();
      await this.#size(driver);
      await driver.get(url);
      return this.#current;
    });
    return new WebKitTab(this, handle);
  }
  /** The window's size is set, the viewport is what the scenario asked for. */
  async #size(driver: WebDriver) {
    const { width, height } = this.viewport;
    await driver.manage().window().setRect({ width, height });
    const inner: number[] = await driver.executeScript('return [innerWidth, innerHeight]');
    await driver
      .manage()
      .window()
      .setRect({ width: 2 * width - (inner[0] ?? width), height: 2 * height - (inner[1] ?? height) });
  }
  forget(handle: string) {
    if (this.#current === handle) this.#current = undefined;
  }
  setOffline(): Promise<void> {
    return Promise.reject(new Error('WebDriver classic has no network emulation'));
  }
  async close() {
    await this.#queue;
    await this.driver.quit().catch(() => {});
    this.stop?.();
  }
}

class WebKitTab implements Tab {
  readonly #leave = new LeaveHooks();
  closed = false;
  constructor(
    readonly session: WebKitSession,
    readonly handle: string,
  ) {}
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Promises returned by the script are awaited by the driver itself.
    const args = arg === undefined ? [] : [arg];
    return this.session.run(this.handle, (driver) => driver.executeScript<R>(fn, ...args));
  }
  evaluateInFrame<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const args = arg === undefined ? [] : [arg];
    return this.session.run(this.handle, async (driver) => {
      await driver.switchTo().frame(0);
      try {
        return await driver.executeScript<R>(fn, ...args);
      } finally {
        await driver.switchTo().defaultContent();
      }
    });
  }
  clickAt(x: number, y: number) {
    return this.session.run(this.handle, (driver) =>
      driver
        .actions()
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
        .click()
        .perform(),
    );
  }
  press(key: Key) {
    const keys = KEYS[key];
    return this.session.run(this.handle, (driver) => {
      const actions = driver.actions();
      for (const k of keys) actions.keyDown(k);
      for (const k of [...keys].reverse()) actions.keyUp(k);
      return actions.perform();
    });
  }
  type(text: string) {
    return this.session.run(this.handle, (driver) => driver.actions().sendKeys(text).perform());
  }
  async goto(url: string) {
    await this.#leave.run();
    await this.session.run(this.handle, (driver) => driver.get(url));
  }
  async reload() {
    await this.#leave.run();
    await this.session.run(this.handle, (driver) => driver.navigate().refresh());
  }
  async back() {
    await this.#leave.run();
    await this.session.run(this.handle, (driver) => driver.navigate().back());
  }
  async close() {
    await this.#leave.run();
    this.closed = true;
    // WebKitWebDriver closes the window as the shopper would: pagehide runs.
    await this.session.run(this.handle, (driver) => driver.close());
    this.session.forget(this.handle);
  }
  onLeave(hook: () => Promise<void>) {
    this.#leave.add(hook);
  }
}

/** How long a new session may take before it is asked for once more. */
const SESSION_START_MS = 10_000;

/**
 * A new session, asked for once more if the first never answers: on a loaded machine
 * MiniBrowser's launch sometimes hangs (a full run saw one test time out while setting up),
 * which is the harness's trouble, not the widget's.
 */
async function connectRetrying(connect: () => Promise<WebDriver>): Promise<WebDriver> {
  const first = connect();
  let giveUp = () => {};
  const late = new Promise<undefined>((resolve) => {
    giveUp = () => resolve(undefined);
  });
  const timer = setTimeout(giveUp, SESSION_START_MS);
  const driver = await Promise.race([first, late]).finally(() => clearTimeout(timer));
  if (driver) return driver;
  // The first may still answer later: let that session go when it does.
  first.then((stale) => stale.quit()).catch(() => {});
  return connect();
}

export async function launchWebKit(): Promise<Engine> {
  const x = await startXvfb();
  const main = await startDriver(x.display, false);
  const capabilities = {
    browserName: 'MiniBrowser',
    // `--headless` here makes the session never start: the X server above stands in for it.
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  const connect = (url: string) => new Builder().usingServer(url).withCapabilities(capabilities).build();
  const probe = await connect(main.url);
  const version = String((await probe.getCapabilities()).get('browserVersion'));
  await probe.quit();
  return {
    name: 'webkit',
    version,
    can: { offline: false },
    async newSession({ reducedMotion = false, viewport = DEFAULT_VIEWPORT }: SessionOptions = {}) {
      const own = reducedMotion ? await startDriver(x.display, true) : undefined;
      const driver = await connectRetrying(() => connect((own ?? main).url));
      await driver.manage().setTimeouts({ script: 20_000 });
      return new WebKitSession(driver, viewport, own?.stop);
    },
    async close() {
      main.stop();
      x.process.kill();
    },
  };
}
