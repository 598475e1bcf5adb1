import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { FeelbackEvents } from '../../../src/events/emitter.ts';
import { createFeelback } from '../../../src/instance/feelback.ts';
import type { Feelback } from '../../../src/instance/feelback-api.ts';
import { loadMessages, testEnvironment } from '../support/environment.ts';
import { freshStore } from '../support/queue.ts';
import { chooseFace, get, host, send, widgetCount } from '../support/widget-dom.ts';

const config = { endpoint: 'https://collect.example/answers', site: 'acme-shop' };
const instances: Feelback[] = [];
let warn: MockInstance<Console['warn']>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  for (const instance of instances.splice(0)) instance.destroy();
  history.replaceState(null, '', '/');
  warn.mockRestore();
});

/** Lets the prompt's chain (etiquette state, delay timer, UI module) run. */
const tick = async () => {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function setup(extra: object = {}) {
  const fb = createFeelback({ ...config, ...extra }, () => testEnvironment({ outboxStore: freshStore }), loadMessages);
  instances.push(fb);
  const dismissed: Array<FeelbackEvents['dismissed']> = [];
  const shown: string[] = [];
  fb.on('dismissed', (payload) => dismissed.push(payload));
  fb.on('shown', ({ step }) => shown.push(step));
  return { fb, dismissed, shown };
}

describe('close()', () => {
  it('removes the open prompt and reports it dismissed by the site', async () => {
    const { fb, dismissed } = setup();
    fb.step('checkout');
    await tick();
    expect(widgetCount()).toBe(1);
    fb.close();
    expect(widgetCount()).toBe(0);
    expect(dismissed).toEqual([{ step: 'checkout', reason: 'site' }]);
  });

  it('stops a prompt that was about to show (its delay still running)', async () => {
    const { fb, shown, dismissed } = setup({ steps: { checkout: { delayMs: 30 } } });
    fb.step('checkout');
    await tick();
    fb.close();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await tick();
    expect(widgetCount()).toBe(0);
    expect(shown).toEqual([]);
    expect(dismissed).toEqual([]);
  });

  it('lets the next step prompt right after it, while the closed one is still settling', async () => {
    const { fb, shown } = setup({ steps: { checkout: { delayMs: 30 } }, etiquette: { promptsPerPage: 5 } });
    fb.step('checkout');
    await tick();
    fb.close();
    fb.ask('shipping');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await tick();
    expect(shown).toEqual(['shipping']);
    expect(widgetCount()).toBe(1);
  });

  it('does nothing (and warns nothing) without a prompt, before init or after destroy', async () => {
    const waiting = createFeelback(undefined, () => testEnvironment(), loadMessages);
    waiting.close();
    const { fb, dismissed } = setup();
    fb.close();
    fb.destroy();
    fb.close();
    expect(dismissed).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('removes a thank-you card without calling it dismissed', async () => {
    const { fb, dismissed } = setup({ steps: { checkout: { emotions: false, comment: false } } });
    const answered: string[] = [];
    fb.on('answered', ({ step }) => answered.push(step));
    fb.step('checkout');
    await tick();
    chooseFace(5);
    send();
    for (let turn = 0; turn < 50 && !answered.length; turn++) await tick();
    expect(answered).toEqual(['checkout']);
    expect(host()).not.toBeNull();
    fb.close();
    expect(widgetCount()).toBe(0);
    expect(dismissed).toEqual([]);
  });

  it('is not remembered as the shopper dismissing: the same step may ask again on this visit', async () => {
    const { fb, shown } = setup({ etiquette: { promptsPerPage: 5 } });
    fb.step('checkout');
    await tick();
    fb.close();
    fb.step('checkout');
    await tick();
    expect(shown).toEqual(['checkout', 'checkout']);
  });
});

describe('a route change of a single-page app is a new page', () => {
  it('resets the per-page cap when the path changes, not when only the hash does', async () => {
    const { fb, shown } = setup({ etiquette: { promptsPerPage: 1, cooldownDays: 0, reaskAfterDays: 0 } });
    fb.step('basket');
    await tick();
    fb.close();
    fb.step('shipping');
    await tick();
    expect(shown).toEqual(['basket']);
    history.pushState(null, '', '/#details');
    fb.step('shipping');
    await tick();
    expect(shown).toEqual(['basket']);
    history.pushState(null, '', '/checkout');
    fb.step('shipping');
    await tick();
    expect(shown).toEqual(['basket', 'shipping']);
    expect(get('form')).toBeTruthy();
  });
});

describe('on()', () => {
  it('returns the function that unsubscribes', async () => {
    const { fb } = setup();
    const seen: string[] = [];
    const off = fb.on('shown', ({ step }) => seen.push(step));
    fb.ask('checkout');
    await tick();
    off();
    fb.close();
    fb.ask('basket');
    await tick();
    expect(seen).toEqual(['checkout']);
  });

  it('returns a harmless function for a listener that is not one', async () => {
    const { fb } = setup();
    const off = fb.on('shown', 'nope' as never);
    expect(off).toBeTypeOf('function');
    expect(() => off()).not.toThrow();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('[feelback] on/off: expected a function, got string.'));
  });
});

describe('close(step)', () => {
  it("closes only that step's prompt", async () => {
    const { fb, dismissed } = setup();
    fb.step('checkout');
    await tick();
    fb.close('basket');
    expect(widgetCount()).toBe(1);
    fb.close('checkout');
    expect(widgetCount()).toBe(0);
    expect(dismissed).toEqual([{ step: 'checkout', reason: 'site' }]);
  });

  it("stops that step's prompt while it is about to show, and no other", async () => {
    const { fb, shown } = setup({ steps: { checkout: { delayMs: 30 } } });
    fb.step('checkout');
    fb.close('basket');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await tick();
    expect(shown).toEqual(['checkout']);
    fb.close();
    const second = setup({ steps: { basket: { delayMs: 30 } } });
    second.fb.step('basket');
    second.fb.close('basket');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await tick();
    expect(second.shown).toEqual([]);
  });

  it('warns about a step that is not a step name, and closes nothing', async () => {
    const { fb } = setup();
    fb.step('checkout');
    await tick();
    fb.close('check out' as string);
    fb.close(42 as never);
    expect(widgetCount()).toBe(1);
    await vi.waitFor(() =>
      expect(warn.mock.calls.map((call) => call[0])).toEqual([
        '[feelback] close: expected nothing, or a step name: 1 to 64 characters, no spaces.',
        '[feelback] close: expected nothing, or a step name: 1 to 64 characters, no spaces.',
      ]),
    );
  });
});
