import { giveWay } from './give-way.js';
import type { Mounted } from './mount.js';
import type { CloseReason } from './state.js';
import { watchIdle } from './watch-idle.js';

/**
 * How long the thanks stays before it closes by itself (not while the pointer or focus is on it).
 * The help after a low answer never closes by itself: the shopper may still be reading it.
 */
export const THANKS_MS = 6_000;

/** What a drawn card is told, beside its host: when to shrink, and when to close by itself. */
export interface CardTimes {
  /** A floating card shrinks to the slim bar after this long without the shopper. 0: never. */
  minimizeAfterMs?: number | undefined;
  /** An untouched prompt closes (reason "idle") after this long. 0: never. */
  idleCloseMs?: number | undefined;
}

/**
 * What keeps a drawn card out of the shopper's way, none of it while the pointer rests on it or
 * focus is in it. Idle, a floating card shrinks to the slim bar; only a site that asks for it
 * (`idleCloseMs`) has an untouched prompt close by itself; a thank-you closes after THANKS_MS.
 * Escape dismisses it, and focus going under a floating card is `covered` (see give-way.ts).
 * Started once the card is there: an Escape on the page must not dismiss a prompt nobody saw.
 */
export function watchCard(
  doc: Document,
  host: HTMLElement,
  mounted: Pick<Mounted, 'hasFocus' | 'surface'>,
  floating: boolean,
  times: CardTimes,
  minimize: () => void,
  close: (reason: CloseReason) => void,
  covered: (focused: DOMRect, cover: DOMRect) => void,
) {
  const watch = (ms: number, then: () => void) => watchIdle(host, mounted.hasFocus, ms, then);
  const idle = watch(floating ? (times.minimizeAfterMs ?? 0) : 0, minimize);
  let untouched: ReturnType<typeof watchIdle> | undefined = watch(times.idleCloseMs ?? 0, () => close('idle'));
  let thanking: ReturnType<typeof watchIdle> | undefined;
  const stopGivingWay = giveWay(
    doc,
    host,
    floating ? () => mounted.surface()?.getBoundingClientRect() : undefined,
    () => close('escape'),
    covered,
  );
  return {
    /** The shopper changed something: the prompt is in use, and not idle. */
    touched() {
      untouched?.stop();
      untouched = undefined;
      idle.touch();
    },
    /**
     * Answered: it shrinks no more, and the thank-you goes by itself (`thanked`, which knows
     * whether the help took its place and stays).
     */
    answered(thanked: () => void) {
      idle.stop();
      thanking = watch(THANKS_MS, thanked);
    },
    stop() {
      for (const watcher of [idle, untouched, thanking]) watcher?.stop();
      stopGivingWay();
    },
  };
}
