import { act, createElement, type ReactNode, StrictMode, Suspense, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeelbackProvider, FeelbackStep, useFeelback, useFeelbackStep } from '../../../src/react/index.ts';
import { recordingInstance } from '../support/recording-instance.ts';

const config = { endpoint: '/answers', site: 'acme-shop' };
let container: HTMLElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function Screen({ step, closeOnLeave }: { step: string; closeOnLeave?: boolean }) {
  useFeelbackStep(step, { closeOnLeave });
  const [renders, setRenders] = useState(0);
  return createElement('button', { type: 'button', onClick: () => setRenders(renders + 1) }, `${step} ${renders}`);
}

const app = (instance: ReturnType<typeof recordingInstance>, children: ReactNode, strict = true) => {
  const tree = createElement(FeelbackProvider, { config, instance }, children);
  return strict ? createElement(StrictMode, null, tree) : tree;
};

describe('feelback/react', () => {
  it('inits before the first screen steps, and steps once per visit under Strict Mode', () => {
    const instance = recordingInstance();
    act(() => root.render(app(instance, createElement(Screen, { step: 'checkout' }))));
    const steps = instance.calls.filter(([name]) => name === 'step');
    expect(steps).toEqual([['step', 'checkout', undefined]]);
    expect(instance.calls.findIndex(([name]) => name === 'init')).toBeLessThan(
      instance.calls.findIndex(([name]) => name === 'step'),
    );
    // Strict Mode's pretend unmount neither destroys it (which would remove the prompt) nor inits twice.
    expect(instance.calls.map(([name]) => name)).toEqual(['init', 'step']);
  });

  it('does not step again on a re-render, and again on the next visit', () => {
    const instance = recordingInstance();
    act(() => root.render(app(instance, createElement(Screen, { step: 'checkout' }))));
    act(() => container.querySelector('button')?.click());
    expect(container.textContent).toBe('checkout 1');
    act(() => root.render(app(instance, createElement(Screen, { step: 'shipping' }))));
    act(() => root.render(app(instance, null)));
    act(() => root.render(app(instance, createElement(Screen, { step: 'checkout' }))));
    expect(instance.calls.filter(([name]) => name === 'step').map(([, step]) => step)).toEqual([
      'checkout',
      'shipping',
      'checkout',
    ]);
    expect(instance.calls.filter(([name]) => name === 'close')).toEqual([]);
  });

  it("closes the step's own prompt on leaving only with closeOnLeave, and still steps once under Strict Mode", () => {
    const instance = recordingInstance();
    act(() => root.render(app(instance, createElement(Screen, { step: 'checkout', closeOnLeave: true }))));
    const visible = () => instance.calls.filter(([name]) => name === 'step' || name === 'close');
    // Strict Mode's pretend leave closed the prompt being decided, so the visit asks again: one prompt.
    expect(visible()).toEqual([
      ['step', 'checkout', undefined],
      ['close', 'checkout'],
      ['step', 'checkout', undefined],
    ]);
    act(() => root.render(app(instance, createElement(Screen, { step: 'shipping', closeOnLeave: true }))));
    expect(visible().slice(3, 5)).toEqual([
      ['close', 'checkout'],
      ['step', 'shipping', undefined],
    ]);
  });

  it('a provider with a new key takes the shared instance over with its config, and keeps it on', async () => {
    const instance = recordingInstance();
    const other = { ...config, site: 'acme-outlet' };
    act(() => root.render(createElement(FeelbackProvider, { key: 'a', config, instance })));
    act(() => root.render(createElement(FeelbackProvider, { key: 'b', config: other, instance })));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(instance.calls).toEqual([
      ['init', config],
      ['init', other],
    ]);
  });

  it('keeps the widget on, and its screen’s step, while a Suspense boundary above shows its fallback', async () => {
    const instance = recordingInstance();
    let wake: () => void = () => {};
    const pending = new Promise<void>((resolve) => {
      wake = resolve;
    });
    let suspend = false;
    function Lazy() {
      if (suspend) throw pending;
      return null;
    }
    const tree = () =>
      createElement(
        Suspense,
        { fallback: 'loading' },
        createElement(
          FeelbackProvider,
          { config, instance },
          createElement(Screen, { step: 'product' }),
          createElement(Lazy),
        ),
      );
    act(() => root.render(tree()));
    suspend = true;
    act(() => root.render(tree()));
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    suspend = false;
    await act(async () => wake());
    expect(instance.calls.map(([name]) => name)).toEqual(['init', 'step']);
  });

  it('changing closeOnLeave while the screen shows is no new visit', () => {
    const instance = recordingInstance();
    act(() => root.render(app(instance, createElement(Screen, { step: 'checkout', closeOnLeave: true }), false)));
    act(() => root.render(app(instance, createElement(Screen, { step: 'checkout', closeOnLeave: false }), false)));
    expect(instance.calls.map(([name]) => name)).toEqual(['init', 'step']);
  });

  it('the component form steps too, and passes the context', () => {
    const instance = recordingInstance();
    const context = { question: 'How was checkout?' };
    act(() => root.render(app(instance, createElement(FeelbackStep, { step: 'checkout', context }), false)));
    expect(instance.calls.filter(([name]) => name === 'step')).toEqual([['step', 'checkout', context]]);
  });

  it.each([false, true])('destroys the instance when the provider unmounts (Strict Mode: %s)', async (strict) => {
    const instance = recordingInstance();
    act(() => root.render(app(instance, null, strict)));
    act(() => root.render(createElement('p', null, 'gone')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(instance.calls.map(([name]) => name)).toEqual(['init', 'destroy']);
  });

  it('gives screens the instance, and none outside a provider', () => {
    const instance = recordingInstance();
    const seen: unknown[] = [];
    function Probe() {
      seen.push(useFeelback());
      return null;
    }
    act(() => root.render(app(instance, createElement(Probe), false)));
    act(() => root.render(createElement(Probe)));
    expect(seen).toEqual([instance, undefined]);
  });

  it('renders only its children on a server, and calls nothing there', () => {
    const instance = recordingInstance();
    const html = renderToString(app(instance, createElement(Screen, { step: 'checkout' })));
    expect(html).toBe('<button type="button">checkout 0</button>');
    expect(instance.calls).toEqual([]);
  });
});
