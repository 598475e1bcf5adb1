/**
 * `feelback/vue`: a plugin that owns one widget instance for the app, a composable to reach it,
 * and one to say "this screen is journey step X". Vue 3 is an optional peer dependency; an app
 * that never imports this subpath does not need it. Server rendering touches no browser global.
 */
import {
  type App,
  getCurrentInstance,
  type InjectionKey,
  inject,
  type MaybeRefOrGetter,
  onActivated,
  onDeactivated,
  onMounted,
  onUnmounted,
  toValue,
  watch,
} from 'vue';
import type { AskContext } from '../config/check-context.js';
import type { FeelbackConfig } from '../config/config.js';
import { createFeelback } from '../instance/create-feelback.js';
import type { Feelback } from '../instance/feelback-api.js';

const KEY: InjectionKey<Feelback> = Symbol('feelback');
/** The apps the plugin is installed on, and how many apps share each instance. */
const apps = new WeakSet<App>();
const installs = new WeakMap<Feelback, number>();

const warn = (message: string) => {
  try {
    console.warn(`[feelback] ${message}`);
  } catch {}
};

/**
 * `app.use(feelback(config))`: `init`s the instance and provides it to every component;
 * `app.unmount()` destroys it. On a server it stays quiet. By default the plugin makes its own
 * instance; pass one to share it with code outside Vue.
 */
export function feelback(config: FeelbackConfig, instance: Feelback = createFeelback()) {
  return {
    install(app: App) {
      // One instance per app: a second would be out of every component's reach, yet prompt.
      if (apps.has(app)) return warn('the plugin is installed on this app already; the second does nothing.');
      apps.add(app);
      // One instance shared by several apps (islands): the first starts it, the last one gone destroys it.
      const count = installs.get(instance) ?? 0;
      if (!count) instance.init(config);
      installs.set(instance, count + 1);
      app.provide(KEY, instance);
      // Vue 3.5+; an older app keeps the instance for the page's life.
      app.onUnmount?.(() => {
        const left = (installs.get(instance) ?? 1) - 1;
        installs.set(instance, left);
        if (!left) instance.destroy();
      });
    },
  };
}

/** The app's instance; undefined where the plugin is not installed. */
export const useFeelback = (): Feelback | undefined => (getCurrentInstance() ? inject(KEY, undefined) : undefined);

export interface StepOptions {
  /** Close this step's prompt when the component unmounts (default false: the shopper may still answer). */
  closeOnLeave?: boolean;
  /** Passed to `step()`, e.g. `{ question }`. */
  context?: AskContext;
}

/**
 * "This screen is journey step `step`": calls `step()` once when the component shows (mounted, or
 * back from a `<KeepAlive>` cache), and again when a reactive `step` changes while it shows;
 * never on a server (components do not mount there).
 */
export function useFeelbackStep(step: MaybeRefOrGetter<string>, { closeOnLeave = false, context }: StepOptions = {}) {
  const instance = useFeelback();
  if (!instance) return;
  let current: string | undefined;
  const leave = () => {
    if (closeOnLeave && current !== undefined) instance.close(current);
    current = undefined;
  };
  const visit = (next: string) => {
    leave();
    current = next;
    instance.step(next, context);
  };
  /** On screen: mounted and not put away in a `<KeepAlive>` cache (whose watchers keep running). */
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    visit(toValue(step));
  };
  const hide = () => {
    if (!shown) return;
    shown = false;
    leave();
  };
  onMounted(show);
  onActivated(show);
  watch(
    () => toValue(step),
    (next) => shown && visit(next),
  );
  onDeactivated(hide);
  onUnmounted(hide);
}

export type { AskContext, Feelback, FeelbackConfig };
