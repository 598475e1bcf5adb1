import type { SayDebug } from '../config/debug-notes.js';
import { type EtiquetteState, mergeStates } from '../journey/etiquette.js';
import type { EtiquetteStore } from '../journey/etiquette-store.js';

/**
 * What this page knows of the shopper's past prompts: read once from the device, kept here, and
 * written through on each change. Without consent it lives in `memory` (this page only), but for
 * a "don't ask me again": that is the shopper's own request, kept on the device as their answers
 * are, or the next page would ask again. Given consent, the device's memory counts from then on
 * and what the shopper did here joins it. One
 * per widget instance, across `init`s: a new config must not forget a "don't ask me again" or
 * the prompts this page already showed.
 */
export function createEtiquetteMemory(
  durableStore: () => EtiquetteStore,
  memory: EtiquetteStore,
  consent: boolean,
  say: SayDebug,
) {
  let state: Promise<EtiquetteState> | undefined;
  /** The shopper acted on a prompt on this page (so there is something worth storing). */
  let learnt = false;
  // One durable store per page: each one opens its own database connection.
  let opened: EtiquetteStore | undefined;
  const durable = () => (opened ??= durableStore());
  const store = () => (consent ? durable() : memory);
  /** The device's memory could not be read (an open that timed out): this page knows only part of it. */
  let unread = false;
  const read = (from: EtiquetteStore) =>
    from.load().catch((): EtiquetteState => {
      unread = true;
      return { steps: {} };
    });
  // Without consent, only the device's opt-out counts (the page's memory starts empty).
  const load = () => (state ??= read(durable()).then((kept) => (consent ? kept : { steps: {}, optOut: kept.optOut })));
  const remember = async (change: (current: EtiquetteState) => EtiquetteState) => {
    learnt = true;
    let current = await load();
    if (unread) {
      unread = false;
      current = mergeStates(await read(store()), current);
    }
    const next = change(current);
    state = Promise.resolve(next);
    // Still unreadable: what the device holds (a "don't ask me again") must not be written over.
    if (unread) return;
    try {
      await store().save(next);
      // Without consent, the opt-out alone joins what the device holds.
      if (!consent && next.optOut)
        await durable().save(mergeStates(await durable().load(), { steps: {}, optOut: true }));
    } catch (error) {
      say(['etiquette', error]);
    }
  };
  /** The page the prompts were shown on (a single-page app's route change is a new page), and how many. */
  let page = '';
  let shown = 0;
  return {
    load,
    remember,
    /** How many prompts showed on the page at `here`. */
    shownOn(here: string) {
      if (here !== page) [page, shown] = [here, 0];
      return shown;
    },
    countShown: () => void shown++,
    close: () => opened?.close?.(),
    consent(granted: boolean) {
      if (granted === consent) return;
      consent = granted;
      if (!granted) return;
      // A page where nobody acted writes nothing; one where the shopper did merges it in.
      const page = learnt && state;
      state = page ? Promise.all([read(store()), page]).then(([kept, now]) => mergeStates(kept, now)) : undefined;
      if (page) void remember((s) => s);
    },
  };
}

export type EtiquetteMemory = ReturnType<typeof createEtiquetteMemory>;
