import { afterEach, describe, expect, it, vi } from 'vitest';
import { promptPlacement } from '../../../src/instance/placement.ts';

afterEach(() => {
  document.body.replaceChildren();
});

describe('promptPlacement', () => {
  it('gives a corner or the sheet as it is, without looking at the page', () => {
    const warn = vi.fn();
    const query = vi.spyOn(document, 'querySelector');
    expect(promptPlacement('sheet', document, warn)()).toEqual({ placement: 'sheet' });
    expect(promptPlacement('bottom-left', document, warn)()).toEqual({ placement: 'bottom-left' });
    expect(query).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('puts an inline prompt in the element the selector names', () => {
    const slot = document.body.appendChild(document.createElement('div'));
    slot.id = 'feel-here';
    expect(promptPlacement({ inline: '#feel-here' }, document, vi.fn())()).toEqual({
      placement: 'inline',
      container: slot,
    });
  });

  it('looks the slot up each time, so a slot rendered later is found', () => {
    const warn = vi.fn();
    const where = promptPlacement({ inline: '.later' }, document, warn);
    expect(where()).toEqual({});
    const slot = document.body.appendChild(document.createElement('section'));
    slot.className = 'later';
    expect(where()).toEqual({ placement: 'inline', container: slot });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('notes the missing slot, naming the selector, and falls back to the corner when nothing matches', () => {
    const note = vi.fn();
    expect(promptPlacement({ inline: '#missing' }, document, note)()).toEqual({});
    expect(note.mock.calls).toEqual([[['slot', 'config.placement.inline', '#missing']]]);
  });

  it('treats a selector the browser rejects as a missing slot, without throwing', () => {
    const note = vi.fn();
    expect(promptPlacement({ inline: 'div[' }, document, note)()).toEqual({});
    expect(note.mock.calls).toEqual([[['slot', 'config.placement.inline', 'div[']]]);
  });
});
