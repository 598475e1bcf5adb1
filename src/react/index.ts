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
import type { Feelback } from '../instance/feelback.js';

const FeelbackContext = createContext<Feelback | undefined>(undefined);

export interface FeelbackProviderProps {
  /** Read when the provider mounts; to switch to another config, give the provider a new `key`. */
  config: FeelbackConfig;
  children?: ReactNode;
  /** An instance made elsewhere (shared with code outside React, or a test's); by default the provider makes its own. */
  instance?: Feelback;
}

/**
 * Owns the app's one instance: `init` when it mounts (before any screen's step), `destroy` when
 * it unmounts. Strict Mode's pretend unmount and remount keeps it running, with its prompt.
 */
export function FeelbackProvider({ config, children, instance: given }: FeelbackProviderProps) {
  const [instance] = useState(() => given ?? createFeelback());
  const first = useRef(config);
  /** Set while an unmount waits a turn to see whether Strict Mode mounts it again at once. */
  const leaving = useRef<ReturnType<typeof setTimeout>>(undefined);
  const started = useRef(false);
  // Layout effects run before any passive one: init comes before the screens' step() calls.
  // On a server neither runs (and React 18 would warn about a layout effect there).
  const useStart = typeof document === 'undefined' ? useEffect : useLayoutEffect;
  useStart(() => {
    clearTimeout(leaving.current);
    if (!started.current) instance.init(first.current);
    started.current = true;
    return () => {
      leaving.current = setTimeout(() => {
        started.current = false;
        instance.destroy();
      });
    };
  }, [instance]);
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
      if (!closeOnLeave) return;
      current.closed = true;
      instance.close(step);
    };
  }, [instance, step, closeOnLeave]);
}

/** The component form of `useFeelbackStep`, for a screen that is not a component of its own. */
export function FeelbackStep({ step, ...options }: StepOptions & { step: string }): null {
  useFeelbackStep(step, options);
  return null;
}

export type { AskContext, Feelback, FeelbackConfig };
