import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readContext } from '../../../src/config/check-context.ts';
import type { StepContext } from '../../../src/journey/trigger-host.ts';
import { parseTriggers } from '../../../src/journey/trigger-rules.ts';
import { startTriggers } from '../../../src/journey/triggers.ts';
import type { Logger } from '../../../src/shared/log.ts';

const TIMERS = [
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'performance',
  'Date',
] as const;

/** Listeners added to window and document and not yet removed, as event type names. */
function trackListeners() {
  const active: Array<{ target: EventTarget; type: string; listener: unknown; capture: boolean }> = [];
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture;
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      active.push({ target, type, listener, capture: capture(options) });
      add(type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
      const index = active.findIndex(
        (entry) =>
          entry.target === target &&
          entry.type === type &&
          entry.listener === listener &&
          entry.capture === capture(options),
      );
      if (index >= 0) active.splice(index, 1);
      remove(type, listener, options);
    });
  }
  return () => active.map((entry) => entry.type);
}

let stop: (() => void) | undefined;
let asked: Array<[string, StepContext | undefined]>;
let debug: string[];
let warnings: string[];

function start(rules: unknown[]) {
  const log: Logger = { warn: (message) => void warnings.push(message), debug: (message) => void debug.push(message) };
  stop = startTriggers(parseTriggers(rules, log.warn, document), {
    readContext,
    window,
    onStep: (step, context) => void asked.push([step, context]),
    log,
  });
  return stop;
}
const steps = () => asked.map(([step]) => step);

beforeEach(() => {
  asked = [];
  debug = [];
  warnings = [];
  vi.useFakeTimers({ toFake: [...TIMERS] });
  history.replaceState(null, '', '/');
});

afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('startTriggers', () => {
  it('asks a URL step on the first page view and again after a single-page-app navigation', () => {
    history.replaceState(null, '', '/order/7/confirmed');
    start([{ step: 'order_confirmed', on: { url: '/order/*/confirmed' } }]);
    expect(steps()).toEqual(['order_confirmed']);
    expect(debug).toEqual(['trigger: the URL /order/7/confirmed matches; asking step "order_confirmed".']);
    history.pushState(null, '', '/basket');
    vi.advanceTimersByTime(1_000);
    history.pushState(null, '', '/order/8/confirmed');
    // happy-dom has no Navigation API: the once-a-second look at location.href notices the change.
    vi.advanceTimersByTime(999);
    expect(steps()).toEqual(['order_confirmed']);
    vi.advanceTimersByTime(1);
    expect(steps()).toEqual(['order_confirmed', 'order_confirmed']);
  });

  it('asks at most once per page view', () => {
    start([
      { step: 'basket', on: { event: 'cart:updated' } },
      { step: 'buy', on: { click: '.buy' } },
    ]);
    document.body.innerHTML = '<button class="buy"><span>Buy</span></button>';
    for (let i = 0; i < 3; i++) {
      window.dispatchEvent(new CustomEvent('cart:updated'));
      document.querySelector('span')?.click();
    }
    expect(steps()).toEqual(['basket', 'buy']);
  });

  it('ignores clicks inside the feedback prompt itself', () => {
    start([{ step: 'any_button', on: { click: 'button' } }]);
    const host = document.createElement('feelback-widget');
    host.attachShadow({ mode: 'open' }).innerHTML = '<button>Send</button>';
    document.body.append(host, Object.assign(document.createElement('button'), { textContent: 'Buy' }));
    host.shadowRoot?.querySelector('button')?.click();
    expect(steps()).toEqual([]);
    document.querySelector('body > button')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(steps()).toEqual(['any_button']);
  });

  it('passes a custom event detail on as context when it is valid', () => {
    start([
      { step: 'basket', on: { event: 'cart:updated' } },
      { step: 'wishlist', on: { event: 'wish' } },
    ]);
    document.dispatchEvent(new CustomEvent('cart:updated', { detail: { question: 'How was adding it?', sku: 'A1' } }));
    window.dispatchEvent(new CustomEvent('wish', { detail: { question: 42 } }));
    expect(asked).toEqual([
      ['basket', { question: 'How was adding it?' }],
      ['wishlist', undefined],
    ]);
  });

  it('counts only visible time on the page', () => {
    let hidden = false;
    vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
    start([{ step: 'reading', on: { timeOnPage: 10_000 } }]);
    vi.advanceTimersByTime(6_000);
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(60_000);
    expect(steps()).toEqual([]);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(3_999);
    expect(steps()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(steps()).toEqual(['reading']);
  });

  it('restarts time on page after a single-page-app navigation', () => {
    start([{ step: 'reading', on: { timeOnPage: 5_000 } }]);
    vi.advanceTimersByTime(4_000);
    history.pushState(null, '', '/other');
    vi.advanceTimersByTime(1_000);
    vi.advanceTimersByTime(4_500);
    expect(steps()).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(steps()).toEqual(['reading']);
  });

  it('counts a page too short to scroll as scrolled to the end after 3 seconds', () => {
    // happy-dom lays nothing out: the document has no scrollable height.
    start([{ step: 'read', on: { scrollDepth: 90 } }]);
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(2_999);
    expect(steps()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(steps()).toEqual(['read']);
    expect(debug).toEqual(['trigger: scrolled 100%; asking step "read".']);
  });

  /** A document `height` px tall in a window of `view` px, scrolled `top` px down. */
  const pageOf = (height: number, view: number, top: number) => {
    const root = document.documentElement;
    vi.spyOn(root, 'scrollHeight', 'get').mockReturnValue(height);
    vi.spyOn(root, 'clientHeight', 'get').mockReturnValue(view);
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(top);
  };
  const scrollPage = () => {
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(20);
  };

  it('starts each page view from no depth: a scroll position kept from before is not scrolling', () => {
    pageOf(5_000, 1_000, 3_200);
    start([{ step: 'read', on: { scrollDepth: 75 } }]);
    scrollPage();
    expect(steps()).toEqual(['read']);
    // A filter changes the query: a new page view, at the same position.
    history.replaceState(null, '', '/list?sort=price');
    vi.advanceTimersByTime(4_000);
    expect(steps()).toEqual(['read']);
    scrollPage();
    expect(steps()).toEqual(['read', 'read']);
  });

  it('reads the depth of a pane that holds the page’s content, and never takes such a page for a short one', () => {
    pageOf(800, 800, 0);
    const pane = document.body.appendChild(document.createElement('main'));
    pane.style.overflowY = 'auto';
    vi.spyOn(pane, 'scrollHeight', 'get').mockReturnValue(3_000);
    vi.spyOn(pane, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(pane);
    start([{ step: 'read', on: { scrollDepth: 90 } }]);
    vi.advanceTimersByTime(4_000);
    expect(steps()).toEqual([]);
    pane.scrollTop = 2_100;
    pane.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(20);
    expect(steps()).toEqual(['read']);
  });

  it('fires a time rule limited to a #hash page once navigation leads there', () => {
    history.replaceState(null, '', '/app#/home');
    start([{ step: 'checkout', on: { timeOnPage: 5_000, url: '/app#/checkout' } }]);
    vi.advanceTimersByTime(6_000);
    history.pushState(null, '', '/app#/checkout');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    vi.advanceTimersByTime(1_000);
    expect(steps()).toEqual(['checkout']);
  });

  it('limits a trigger to the pages its url names', () => {
    start([{ step: 'product', on: { click: 'button', url: '/product/*' } }]);
    document.body.innerHTML = '<button>Buy</button>';
    document.querySelector('button')?.click();
    expect(steps()).toEqual([]);
    history.pushState(null, '', '/product/shoes');
    document.querySelector('button')?.click();
    expect(steps()).toEqual(['product']);
  });

  it('stops: removes every listener, timer and frame it added, and asks nothing more', () => {
    const active = trackListeners();
    start([
      { step: 'a', on: { url: '/**' } },
      { step: 'b', on: { click: '.buy' } },
      { step: 'c', on: { event: 'cart:updated' } },
      { step: 'd', on: { timeOnPage: 5_000 } },
      { step: 'e', on: { scrollDepth: 50 } },
      { step: 'f', on: { exitIntent: true } },
    ]);
    expect(steps()).toEqual(['a']);
    window.dispatchEvent(new Event('scroll'));
    expect(active().length).toBeGreaterThanOrEqual(6);
    expect(vi.getTimerCount()).toBeGreaterThanOrEqual(3);
    stop?.();
    expect(active()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    document.body.innerHTML = '<button class="buy">Buy</button>';
    document.querySelector('button')?.click();
    window.dispatchEvent(new CustomEvent('cart:updated'));
    history.pushState(null, '', '/elsewhere');
    vi.advanceTimersByTime(60_000);
    expect(steps()).toEqual(['a']);
  });

  it('keeps a failing step handler from reaching the page', () => {
    const log: Logger = { warn: (message) => void warnings.push(message), debug: () => {} };
    stop = startTriggers(parseTriggers([{ step: 'basket', on: { event: 'cart:updated' } }], log.warn, document), {
      readContext,
      window,
      onStep: () => {
        throw new Error('boom');
      },
      log,
    });
    expect(() => window.dispatchEvent(new CustomEvent('cart:updated'))).not.toThrow();
    expect(warnings).toEqual(['a trigger failed; the others keep working.']);
  });
});
