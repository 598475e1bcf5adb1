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
  onMounted,
  onUnmounted,
  toValue,
  watch,
} from 'vue';
import type { AskContext } from '../config/check-context.js';
import type { FeelbackConfig } from '../config/config.js';
import { createFeelback } from '../instance/create-feelback.js';
import type { Feelback } from '../instance/feelback.js';

const KEY: InjectionKey<Feelback> = Symbol('feelback');

/**
 * `app.use(feelback(config))`: `init`s the instance and provides it to every component;
 * `app.unmount()` destroys it. On a server it stays quiet. By default the plugin makes its own
 * instance; pass one to share it with code outside Vue.
 */
export function feelback(config: FeelbackConfig, instance: Feelback = createFeelback()) {
  return {
    install(app: App) {
      instance.init(config);
      app.provide(KEY, instance);
      // Vue 3.5+; an older app keeps the instance for the page's life.
      app.onUnmount?.(() => instance.destroy());
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
 * "This screen is journey step `step`": calls `step()` once when the component mounts, and again
 * when a reactive `step` changes; never on a server (components do not mount there).
 */
export function useFeelbackStep(step: MaybeRefOrGetter<string>, { closeOnLeave = false, context }: StepOptions = {}) {
  const instance = useFeelback();
  if (!instance) return;
  let current: string | undefined;
  const visit = (next: string) => {
    if (closeOnLeave && current !== undefined) instance.close(current);
    current = next;
    instance.step(next, context);
  };
  let mounted = false;
  onMounted(() => {
    mounted = true;
    visit(toValue(step));
  });
  watch(
    () => toValue(step),
    (next) => mounted && visit(next),
  );
  onUnmounted(() => {
    if (closeOnLeave && current !== undefined) instance.close(current);
  });
}

export type { AskContext, Feelback, FeelbackConfig };
