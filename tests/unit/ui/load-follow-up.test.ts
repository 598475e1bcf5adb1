import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followUpLoader } from '../../../src/ui/load-follow-up.ts';
import { PARTS } from '../../../src/ui/prompt-parts.ts';
import { settle } from '../support/fixtures.ts';

// The follow-up's file, as the loader imports it: counted, and made to fail where a test says so.
const view = () => null;
const createFollowUp = vi.fn<() => typeof view>();
const importFile = vi.fn(async () => ({ createFollowUp }));

beforeEach(() => {
  createFollowUp.mockReset();
  createFollowUp.mockImplementation(() => view);
  importFile.mockClear();
});
afterEach(() => document.body.replaceChildren());

function card(mayDraw = () => true) {
  const host = document.body.appendChild(document.createElement('feelback-widget'));
  host.attachShadow({ mode: 'open' });
  const drawn = vi.fn();
  return { host, drawn, ...followUpLoader(host, mayDraw, drawn, importFile) };
}

describe('followUpLoader', () => {
  it('fetches nothing for a prompt nobody touches', async () => {
    const { drawn } = card();
    await settle();
    expect(importFile).not.toHaveBeenCalled();
    expect(drawn).not.toHaveBeenCalled();
  });

  it.each(['pointerover', 'focusin'])('fetches it on %s, once however often it happens', async (intent) => {
    const { host, drawn, view: drawnView } = card();
    host.dispatchEvent(new Event(intent, { bubbles: true }));
    host.dispatchEvent(new Event(intent, { bubbles: true }));
    await vi.waitFor(() => expect(drawn).toHaveBeenCalledTimes(1));
    expect(importFile).toHaveBeenCalledTimes(1);
    expect(createFollowUp.mock.calls).toEqual([[host.shadowRoot, PARTS]]);
    expect(drawnView()).toBe(view);
  });

  it('fetches it at the latest when a rating is chosen, and never twice', async () => {
    const { host, drawn, load } = card();
    load();
    host.dispatchEvent(new Event('pointerover', { bubbles: true }));
    load();
    await vi.waitFor(() => expect(drawn).toHaveBeenCalledTimes(1));
    await settle();
    expect(importFile).toHaveBeenCalledTimes(1);
  });

  it('waits while the prompt may not change, and draws when asked again once it may', async () => {
    let may = false;
    const { drawn, load, draw, view: drawnView } = card(() => may);
    load();
    await settle();
    draw();
    expect(createFollowUp).not.toHaveBeenCalled();
    expect(drawnView()).toBeUndefined();
    may = true;
    draw();
    expect(drawn).toHaveBeenCalledTimes(1);
    expect(drawnView()).toBe(view);
  });

  it('a file that cannot be fetched (offline) draws nothing, with nothing rejected; the next choice fetches it again', async () => {
    importFile.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { drawn, load, view: drawnView } = card();
    load();
    await settle();
    expect(drawn).not.toHaveBeenCalled();
    expect(drawnView()).toBeUndefined();
    load();
    await vi.waitFor(() => expect(drawn).toHaveBeenCalledTimes(1));
    expect(importFile).toHaveBeenCalledTimes(2);
    expect(drawnView()).toBe(view);
  });

  it('a file that fails to set up draws nothing, with nothing thrown or rejected', async () => {
    createFollowUp.mockImplementation(() => {
      throw new Error('broken');
    });
    const { drawn, load, draw, view: drawnView } = card();
    load();
    await vi.waitFor(() => expect(createFollowUp).toHaveBeenCalled());
    await settle();
    expect(drawn).not.toHaveBeenCalled();
    expect(drawnView()).toBeUndefined();
    // Tried once, not again on the next change.
    draw();
    expect(createFollowUp).toHaveBeenCalledTimes(1);
  });
});
