/**
 * One scenario API over three engines: Chromium (Playwright), Firefox (puppeteer-core over
 * WebDriver BiDi) and WebKitGTK (selenium-webdriver and WebKitWebDriver). Scenarios see only
 * these types; each adapter maps them onto its tool. Errors and widget events are caught by a
 * script inside the page (see page.ts), which needs no adapter support.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Keys a scenario presses, as real key events. */
export type Key = 'Tab' | 'Shift+Tab' | 'ArrowLeft' | 'ArrowRight' | 'Enter' | 'Escape' | 'Space';

export interface SessionOptions {
  /** The system's motion preference, set the way each engine reads it (default: no preference). */
  reducedMotion?: boolean;
  /** The page's viewport (default 1280 × 800). */
  viewport?: { width: number; height: number };
}

/** What an adapter can do; a scenario that needs more is skipped there, with the reason. */
export interface Abilities {
  /** Real network emulation: `navigator.onLine` goes false, requests fail, `online` fires after. */
  offline: boolean;
}

export interface Engine {
  readonly name: EngineName;
  /** The browser's own version string, for the report. */
  readonly version: string;
  readonly can: Abilities;
  /** A fresh browser state (storage, cookies) for one test; its tabs share it. */
  newSession(options?: SessionOptions): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  /** Opens `url` in a new tab (a window of its own, so every tab is visible) and waits for load. */
  open(url: string): Promise<Tab>;
  /** Network emulation for every tab of the session; throws where `can.offline` is false. */
  setOffline(offline: boolean): Promise<void>;
  /** Script errors the engine reported outside the page's own guard (not available everywhere). */
  readonly nativeProblems: string[];
  close(): Promise<void>;
}

export interface Tab {
  /** Whether `close()` was called. */
  readonly closed: boolean;
  /** Runs `fn` in the page (promises are awaited); `arg` and the result must be JSON-like. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** `evaluate` in the page's first iframe, whatever its origin (the test tools can reach it). */
  evaluateInFrame<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real pointer click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** A real key press, to whatever has focus. */
  press(key: Key): Promise<void>;
  /** Real key presses, one per character. */
  type(text: string): Promise<void>;
  /** Navigates this tab and waits for load (the page being left gets `pagehide`). */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Goes back in history; resolves once the previous page shows (from the back/forward cache or loaded). */
  back(): Promise<void>;
  /** Closes the tab as a shopper does: the page gets `pagehide` first. */
  close(): Promise<void>;
  /** Called before this tab's document goes away, so the guard can collect what it recorded. */
  onLeave(hook: () => Promise<void>): void;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** Hooks run before a tab's document goes away (the guard reads its records there). */
export class LeaveHooks {
  #hooks: Array<() => Promise<void>> = [];
  add(hook: () => Promise<void>): void {
    this.#hooks.push(hook);
  }
  async run(): Promise<void> {
    for (const hook of this.#hooks) await hook();
  }
}
