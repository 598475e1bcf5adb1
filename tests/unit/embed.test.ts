import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { get, host, widgetCount } from './support/widget-dom.ts';

type Command = (...args: unknown[]) => unknown;
type Stub = Command & { q?: unknown[][]; loaded?: true };
const page = window as unknown as { feelback?: Stub };

const config = { endpoint: 'https://collect.example/answers', site: 'acme-shop' };
let warn: MockInstance<Console['warn']>;

// The first import of the widget and its prompt UI transforms them; later ones are quick.
beforeAll(() => Promise.all([import('../../src/instance/script-tag.ts'), import('../../src/ui/index.ts')]));

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  // happy-dom does not call itself a secure context; the widget needs one.
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  currentScript({});
});

afterEach(() => {
  page.feelback?.('destroy');
  delete page.feelback;
  Reflect.deleteProperty(window, 'isSecureContext');
  Reflect.deleteProperty(document, 'currentScript');
});

/** The snippet a site pastes: queue calls until the script has loaded. */
function stub(...calls: unknown[][]): void {
  const feelback: Stub = (...args) => {
    feelback.q ??= [];
    feelback.q.push(args);
  };
  page.feelback = feelback;
  for (const call of calls) feelback(...call);
}

/** Runs the script tag's entry as if it had just loaded. */
async function load(): Promise<Command> {
  vi.resetModules();
  await import('../../src/embed.ts');
  if (!page.feelback) throw new Error('window.feelback is missing');
  return page.feelback;
}

/** Where the entry finds `feelback-prompt.js`: beside a script served from tests/unit/support/. */
const SCRIPT_SRC = pathToFileURL(`${import.meta.dirname}/support/feelback.js`).href;

function currentScript(data: Record<string, string>): void {
  const script = document.createElement('script');
  script.src = SCRIPT_SRC;
  Object.assign(script.dataset, data);
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
}

const warnings = () => warn.mock.calls.map((call) => String(call[0]));

describe('the script-tag entry', () => {
  it('replays queued calls in order', async () => {
    const shown = vi.fn();
    stub(['on', 'shown', shown], ['init', config], ['ask', 'checkout']);
    await load();
    await vi.waitFor(() => expect(shown.mock.calls).toEqual([[{ step: 'checkout' }]]));
    expect(widgetCount()).toBe(1);
  });

  it('starts loading the widget for the calls queued before it in a task after its own evaluation', async () => {
    // Where the shopper has acted on a prompt before is the loader's first look before an ask.
    const looked = vi.spyOn(indexedDB, 'databases');
    stub(['init', config], ['ask', 'checkout']);
    await load();
    expect(looked).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve));
    expect(looked).toHaveBeenCalled();
    await vi.waitFor(() => expect(widgetCount()).toBe(1));
  });

  it('a destroy between its evaluation and that task waits its turn, as when the widget is loading', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    stub(['init', { ...config, debug: true }], ['ask', 'checkout']);
    const feelback = await load();
    feelback('destroy');
    // The ask ran after the init, and the destroy ended it: the calls kept their order.
    await vi.waitFor(() =>
      expect(info.mock.calls.map((call) => String(call[0]))).toContainEqual(
        expect.stringContaining('the widget was destroyed'),
      ),
    );
    expect(warnings()).toEqual([]);
    expect(widgetCount()).toBe(0);
  });

  it('a file address it cannot make, in that task, is one warning and nothing thrown into the page', async () => {
    // Inlined (no src) in a page whose base cannot have a relative address: an about:blank frame.
    Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
    Object.defineProperty(document, 'baseURI', { value: 'about:blank', configurable: true });
    try {
      stub(['init', config], ['ask', 'checkout']);
      await load();
      await new Promise((resolve) => setTimeout(resolve));
      expect(warnings()).toEqual(['[feelback] could not start.']);
    } finally {
      Reflect.deleteProperty(document, 'baseURI');
    }
  });

  it('replaces the stub with a working command function', async () => {
    stub(['init', config]);
    const feelback = await load();
    expect(page.feelback).not.toHaveProperty('q');
    feelback('ask', 'checkout');
    await vi.waitFor(() => expect(widgetCount()).toBe(1));
  });

  it('works without a stub', async () => {
    const feelback = await load();
    feelback('init', config);
    feelback('ask', 'checkout');
    await vi.waitFor(() => expect(widgetCount()).toBe(1));
  });

  it('returns what the command returns', async () => {
    const feelback = await load();
    await expect(feelback('flush')).resolves.toBeUndefined();
  });

  it.each([
    ['nope', '"nope"'],
    ['constructor', '"constructor"'],
    ['toString', '"toString"'],
    ['__proto__', '"__proto__"'],
    [42, 'of type number'],
    [10n, 'of type bigint'],
  ])('warns about the unknown command %s', async (command, named) => {
    const feelback = await load();
    expect(() => feelback(command)).not.toThrow();
    await vi.waitFor(() => expect(warnings()).toHaveLength(1));
    expect(warnings()).toEqual([
      `[feelback] unknown command ${named}; expected one of init, step, ask, close, consent, flush, retryRejected, on, off, destroy.`,
    ]);
  });

  it('keeps working after an unknown command that JSON cannot write, queued before it loaded', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    stub([circular], ['init', config]);
    const feelback = await load();
    await feelback('flush');
    await new Promise((r) => setTimeout(r, 500));
    console.error('W', JSON.stringify(warnings()));
    expect(warnings()).toEqual([
      '[feelback] unknown command of type object; expected one of init, step, ask, close, consent, flush, retryRejected, on, off, destroy.',
    ]);
    feelback('ask', 'checkout');
    await vi.waitFor(() => expect(widgetCount()).toBe(1));
  });

  it('answers a flush made before the widget has loaded, after the calls queued before it', async () => {
    stub(['init', config]);
    const feelback = await load();
    // A step with a bad context warns at once when it runs, and only after a successful init.
    feelback('step', 'checkout', 42);
    const flushed = feelback('flush');
    expect(warnings()).toEqual([]);
    await expect(flushed).resolves.toBeUndefined();
    expect(warnings()).toEqual([
      `[feelback] step("checkout"): expected a context such as { question: 'text of 1 to 200 characters' }.`,
    ]);
  });

  it('forgets the config on a destroy before the widget has loaded', async () => {
    stub(['init', config], ['destroy']);
    const feelback = await load();
    feelback('step', 'checkout');
    await vi.waitFor(() =>
      expect(warnings()).toEqual(['[feelback] step("checkout") ignored: init has not succeeded.']),
    );
    expect(host()).toBeNull();
  });

  it('warns when loaded twice, and the second copy does nothing', async () => {
    stub(['init', config]);
    const first = await load();
    await load();
    expect(page.feelback).toBe(first);
    expect(warnings()).toEqual(['[feelback] loaded twice; the second copy does nothing.']);
  });

  it('starts from the data attributes of its script tag', async () => {
    currentScript({ endpoint: config.endpoint, site: config.site, question: 'From the tag?' });
    const feelback = await load();
    feelback('ask', 'checkout');
    await vi.waitFor(() => expect(get('legend').textContent).toBe('From the tag?'));
  });

  it('reports a bad data attribute as one config warning once the widget has something to do', async () => {
    currentScript({ endpoint: 'ftp://x', site: config.site });
    const feelback = await load();
    // Had the loader imported the widget already, that import and the start after it are over by now.
    await vi.dynamicImportSettled();
    expect(warnings()).toEqual([]);
    feelback('step', 'checkout');
    await vi.waitFor(() => expect(warnings()[0]).toMatch(/^\[feelback\] config\.endpoint: /));
    // One warning says why the widget stays off; the step that woke it passes in silence.
    await vi.dynamicImportSettled();
    expect(warnings()).toHaveLength(1);
  });

  it('checks the config at once with debug: true', async () => {
    stub(['init', { ...config, site: '', debug: true }]);
    await load();
    await vi.waitFor(() => expect(warnings()).toHaveLength(1));
    expect(warnings()[0]).toMatch(/^\[feelback\] config\.site: /);
  });

  it('never throws into the page for a config that throws when read, and the widget refuses it', async () => {
    const feelback = await load();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => feelback('init', proxy)).not.toThrow();
    const throwing = {
      ...config,
      get debug(): boolean {
        throw new Error('boom');
      },
    };
    expect(() => feelback('init', throwing)).not.toThrow();
    expect(warnings()).toEqual(['[feelback] could not start.', '[feelback] could not start.']);
    feelback('step', 'checkout');
    await vi.waitFor(() =>
      expect(warnings()).toContain('[feelback] config could not be read (Error: boom); the widget stays off.'),
    );
    expect(host()).toBeNull();
  });

  it('lets a queued init win over the data attributes', async () => {
    currentScript({ endpoint: config.endpoint, site: config.site, question: 'From the tag?' });
    stub(['init', { ...config, question: 'From init?' }]);
    const feelback = await load();
    feelback('ask', 'checkout');
    await vi.waitFor(() => expect(get('legend').textContent).toBe('From init?'));
  });

  it('stays off without data-endpoint or init', async () => {
    currentScript({ site: config.site });
    const feelback = await load();
    feelback('ask', 'checkout');
    await vi.waitFor(() => expect(warnings()).toEqual(['[feelback] ask("checkout") ignored: init has not succeeded.']));
    expect(host()).toBeNull();
  });
});
