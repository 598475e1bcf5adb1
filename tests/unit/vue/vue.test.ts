import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, createSSRApp, defineComponent, h, KeepAlive, nextTick, ref } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { feelback, useFeelback, useFeelbackStep } from '../../../src/vue/index.ts';
import { recordingInstance } from '../support/recording-instance.ts';

const config = { endpoint: '/answers', site: 'acme-shop' };
const mounted: Array<() => void> = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
});

const Screen = defineComponent({
  props: { step: { type: String, required: true }, closeOnLeave: Boolean },
  setup(props) {
    useFeelbackStep(() => props.step, { closeOnLeave: props.closeOnLeave });
    const renders = ref(0);
    return () => h('button', { onClick: () => renders.value++ }, `${props.step} ${renders.value}`);
  },
});

function mount(render: () => ReturnType<typeof h> | null) {
  const instance = recordingInstance();
  const app = createApp({ render }).use(feelback(config, instance));
  const root = document.body.appendChild(document.createElement('div'));
  app.mount(root);
  const unmount = () => {
    app.unmount();
    root.remove();
  };
  mounted.push(unmount);
  return {
    instance,
    root,
    unmount,
    steps: () => instance.calls.filter(([name]) => name === 'step' || name === 'close'),
  };
}

describe('feelback/vue', () => {
  it('inits once, steps once per visit (not per render), and destroys on app.unmount', async () => {
    const shown = ref(true);
    const { instance, root, unmount } = mount(() => (shown.value ? h(Screen, { step: 'checkout' }) : null));
    root.querySelector('button')?.click();
    await nextTick();
    expect(root.textContent).toBe('checkout 1');
    shown.value = false;
    await nextTick();
    shown.value = true;
    await nextTick();
    unmount();
    mounted.length = 0;
    expect(instance.calls).toEqual([
      ['init', config],
      ['step', 'checkout', undefined],
      ['step', 'checkout', undefined],
      ['destroy'],
    ]);
  });

  it('steps again when a reactive step changes, closing the last one only with closeOnLeave', async () => {
    const step = ref('checkout');
    const stays = mount(() => h(Screen, { step: step.value }));
    const closes = mount(() => h(Screen, { step: step.value, closeOnLeave: true }));
    step.value = 'shipping';
    await nextTick();
    expect(stays.steps()).toEqual([
      ['step', 'checkout', undefined],
      ['step', 'shipping', undefined],
    ]);
    expect(closes.steps()).toEqual([
      ['step', 'checkout', undefined],
      ['close', 'checkout'],
      ['step', 'shipping', undefined],
    ]);
    closes.unmount();
    expect(closes.steps().at(-1)).toEqual(['close', 'shipping']);
  });

  it('gives components the instance, and none without the plugin', () => {
    const seen: unknown[] = [];
    const Probe = defineComponent(() => {
      seen.push(useFeelback());
      return () => null;
    });
    const { instance } = mount(() => h(Probe));
    const bare = createApp(Probe);
    bare.mount(document.createElement('div'));
    bare.unmount();
    expect(seen).toEqual([instance, undefined]);
    expect(useFeelback()).toBeUndefined();
  });

  it('renders on a server without stepping', async () => {
    const instance = recordingInstance();
    const app = createSSRApp({ render: () => h(Screen, { step: 'checkout' }) }).use(feelback(config, instance));
    expect(await renderToString(app)).toBe('<button>checkout 0</button>');
    expect(instance.calls).toEqual([['init', config]]);
  });

  it('under <KeepAlive>: a screen put away is left (and closes with closeOnLeave), and coming back is a visit', async () => {
    const which = ref<'product' | 'basket'>('product');
    const product = ref('product_1');
    const Product = defineComponent({
      setup() {
        useFeelbackStep(() => product.value, { closeOnLeave: true });
        return () => h('p', product.value);
      },
    });
    const Basket = defineComponent({
      setup() {
        useFeelbackStep('basket');
        return () => h('p', 'basket');
      },
    });
    const { steps } = mount(() => h(KeepAlive, null, [which.value === 'product' ? h(Product) : h(Basket)]));
    await nextTick();
    which.value = 'basket';
    await nextTick();
    // Hidden in the cache, its watcher still runs: no step for a screen nobody sees.
    product.value = 'product_2';
    await nextTick();
    which.value = 'product';
    await nextTick();
    expect(steps()).toEqual([
      ['step', 'product_1', undefined],
      ['close', 'product_1'],
      ['step', 'basket', undefined],
      ['step', 'product_2', undefined],
    ]);
  });

  it('one instance shared by two apps: started once, destroyed when the last app goes', () => {
    const instance = recordingInstance();
    const plugin = feelback(config, instance);
    const first = createApp({ render: () => null }).use(plugin);
    const second = createApp({ render: () => null }).use(plugin);
    first.mount(document.createElement('div'));
    second.mount(document.createElement('div'));
    first.unmount();
    expect(instance.calls).toEqual([['init', config]]);
    second.unmount();
    expect(instance.calls).toEqual([['init', config], ['destroy']]);
  });

  it('a second plugin on the same app does nothing but warn', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [one, two] = [recordingInstance(), recordingInstance()];
    const app = createApp({ render: () => null })
      .use(feelback(config, one))
      .use(feelback(config, two));
    expect(two.calls).toEqual([]);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      '[feelback] the plugin is installed on this app already; the second does nothing.',
    ]);
    app.mount(document.createElement('div'));
    app.unmount();
    expect(one.calls).toEqual([['init', config], ['destroy']]);
    warn.mockRestore();
  });
});
