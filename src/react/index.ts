/**
 * `feelback/react`: one widget instance for the app, a hook to reach it, and a way to say "this
 * screen is journey step X". React is an optional peer dependency (18 or 19); an app that never
 * imports this subpath does not need it. Nothing here touches a browser global while rendering,
 * so it renders on a server (as nothing: the prompt lives outside React's tree).
 */
import {
  createContext,
  createElement,
  type ReactNode,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { AskContext } from '../config/check-context.js';
import type { FeelbackConfig } from '../config/config.js';
import { createFeelback } from '../instance/create-feelback.js';
import type { Feelback } from '../instance/feelback-api.js';

const FeelbackContext = createContext<Feelback | undefined>(undefined);

export interface FeelbackProviderProps {
  /** Read when the provider mounts; to switch to another config, give the provider a new `key`. */
  config: FeelbackConfig;
  children?: ReactNode;
  /** An instance made elsewhere (shared with code outside React, or a test's); by default the provider makes its own. */
  instance?: Feelback;
}

/** Per instance: the provider that started it last, and its `destroy` waiting a turn. */
const owners = new WeakMap<Feelback, object>();
const leaving = new WeakMap<Feelback, ReturnType<typeof setTimeout>>();

/**
 * Owns the app's one instance: `init` when it mounts (before any screen's step), `destroy` when
 * it unmounts. Strict Mode's pretend unmount and remount keeps it running, with its prompt; so
 * does a Suspense boundary that hides the app a while; a provider with a new `key` (and the same
 * `instance`) takes it over with its config.
 */
export function FeelbackProvider({ config, children, instance: given }: FeelbackProviderProps) {
  const [instance] = useState(() => given ?? createFeelback());
  const [me] = useState(() => ({}));
  const first = useRef(config);
  const started = useRef(false);
  // Layout effects run before any passive one: init comes before the screens' step() calls.
  // On a server neither runs (and React 18 would warn about a layout effect there). No cleanup:
  // Suspense cleans up the layout effects of what it hides, and the widget must stay on meanwhile.
  const useStart = typeof document === 'undefined' ? useEffect : useLayoutEffect;
  useStart(() => {
    clearTimeout(leaving.get(instance));
    owners.set(instance, me);
    if (!started.current) instance.init(first.current);
    started.current = true;
  }, [instance, me]);
  // A passive cleanup runs on an unmount (Strict Mode's pretend one too: its remount cancels the
  // destroy), never when Suspense hides. A provider mounted since (a new `key`) owns it now.
  useEffect(
    () => () => {
      if (owners.get(instance) !== me) return;
      leaving.set(
        instance,
        setTimeout(() => {
          started.current = false;
          owners.delete(instance);
          instance.destroy();
        }),
      );
    },
    [instance, me],
  );
  return createElement(FeelbackContext.Provider, { value: instance }, children);
}

/** The app's instance; undefined outside a `FeelbackProvider`. */
export const useFeelback = (): Feelback | undefined => useContext(FeelbackContext);

export interface StepOptions {
  /** Close this step's prompt when the screen goes (default false: the shopper may still answer). */
  closeOnLeave?: boolean;
  /** Passed to `step()`, e.g. `{ question }`; read when the step fires. */
  context?: AskContext;
}

/**
 * "This screen is journey step `step`": calls `step()` once per visit of the screen (a mount, or
 * a change of `step`), not once per render; Strict Mode's double effect does not ask twice.
 */
export function useFeelbackStep(step: string, { closeOnLeave = false, context }: StepOptions = {}): void {
  const instance = useFeelback();
  const latest = useRef(context);
  latest.current = context;
  // Read when the screen goes: changing it while the screen shows is no new visit.
  const closing = useRef(closeOnLeave);
  closing.current = closeOnLeave;
  /** The step this mounted screen reported, and whether leaving closed its prompt. */
  const visit = useRef<{ step: string; closed: boolean }>(undefined);
  useEffect(() => {
    if (!instance) return;
    const seen = visit.current;
    // Strict Mode mounts, unmounts and mounts again at once: the same visit, unless that closed it.
    if (seen?.step !== step || seen.closed) instance.step(step, latest.current);
    const current = { step, closed: false };
    visit.current = current;
    return () => {
      if (!closing.current) return;
      current.closed = true;
      instance.close(step);
    };
  }, [instance, step]);
}

/** The component form of `useFeelbackStep`, for a screen that is not a component of its own. */
export function FeelbackStep({ step, ...options }: StepOptions & { step: string }): null {
  useFeelbackStep(step, options);
  return null;
}

export type { AskContext, Feelback, FeelbackConfig };
