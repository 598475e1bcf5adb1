import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, type MockInstance, vi } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { FeelbackProvider, useFeelbackStep } from '../../../src/react/index.ts';
import { feelback, useFeelbackStep as useVueStep } from '../../../src/vue/index.ts';

// A misspelt config given to the provider or the plugin: the real instance (the npm front, which
// fetches the widget on the first step) gives the same single warning as init(), and the app
// renders as it would without feelback.

const misspelt = { endpont: '/answers', site: 'acme-shop' } as never;
const WARNING =
  '[feelback] config.endpoint: missing (is "endpont" a misspelling of it?); expected an http(s) URL or a path starting with "/". The widget stays off.';

let warn: MockInstance<Console['warn']>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

const warnings = () => warn.mock.calls.map((call) => String(call[0]));

it('React: one warning, and the app renders normally', async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  function Checkout() {
    useFeelbackStep('checkout');
    return createElement('h1', null, 'Checkout');
  }
  act(() => root.render(createElement(FeelbackProvider, { config: misspelt }, createElement(Checkout))));
  expect(container.textContent).toBe('Checkout');
  await vi.waitFor(() => expect(warnings()).toEqual([WARNING]));
  act(() => root.unmount());
  container.remove();
});

it('Vue: one warning, and the app renders normally', async () => {
  const Checkout = defineComponent(() => {
    useVueStep('checkout');
    return () => h('h1', 'Checkout');
  });
  const element = document.body.appendChild(document.createElement('div'));
  const app = createApp(Checkout).use(feelback(misspelt));
  app.mount(element);
  expect(element.textContent).toBe('Checkout');
  await vi.waitFor(() => expect(warnings()).toEqual([WARNING]));
  app.unmount();
  element.remove();
});
