import type { Placement } from '../config/config.js';
import type { Note } from '../config/problems.js';
import type { MountOptions } from '../ui/mount.js';

/**
 * Where the prompt goes, looked up each time it shows: a single-page app may render the inline
 * slot later. A slot that is missing (or a selector the browser rejects) is noted, a warning, and
 * the prompt falls back to the corner, so the shopper is still asked.
 */
export function promptPlacement(
  placement: Placement,
  doc: Document,
  note: Note,
): () => Pick<MountOptions, 'placement' | 'container'> {
  if (typeof placement !== 'object') return () => ({ placement });
  return () => {
    let slot: Element | null = null;
    try {
      slot = doc.querySelector(placement.inline);
    } catch {}
    if (slot) return { placement: 'inline', container: slot };
    note(['slot', 'config.placement.inline', placement.inline]);
    return {};
  };
}
