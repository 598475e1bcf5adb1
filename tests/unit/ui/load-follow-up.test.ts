import { afterEach, describe, expect, it, vi } from 'vitest';
import { followUpLoader } from '../../../src/ui/load-follow-up.ts';
import { PARTS } from '../../../src/ui/prompt-parts.ts';
import { settle } from '../support/fixtures.ts';

// The follow-up's file, as the loader imports it: counted, and made to fail where a test says so.
const { createFollowUp } = vi.hoisted(() => ({ createFollowUp: vi.fn(() => () => null) }));
vi.mock('../../../src/ui/follow-up.ts', () => ({ createFollowUp }));

afterEach(() => {
  createFollowUp.mockClear();
  document.body.replaceChildren();
});

function card() {
  const host = document.body.appendChild(document.createElement('feelback-widget'));
  host.attachShadow({ mode: 'open' });
  const ready = vi.fn();
  return { host, ready, load: followUpLoader(host, ready) };
}

describe('followUpLoader', () => {
  it('fetches nothing for a prompt nobody touches', async () => {
    const { ready } = card();
    await settle();
    expect(createFollowUp).not.toHaveBeenCalled();
    expect(ready).not.toHaveBeenCalled();
  });

  it.each(['pointerover', 'focusin'])('fetches it on %s, once however often it happens', async (intent) => {
    const { host, ready } = card();
    host.dispatchEvent(new Event(intent, { bubbles: true }));
    host.dispatchEvent(new Event(intent, { bubbles: true }));
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(createFollowUp.mock.calls).toEqual([[host.shadowRoot, PARTS]]);
  });

  it('fetches it at the latest when a rating is chosen, and never twice', async () => {
    const { host, ready, load } = card();
    load();
    host.dispatchEvent(new Event('pointerover', { bubbles: true }));
    load();
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    await settle();
    expect(createFollowUp).toHaveBeenCalledTimes(1);
  });

  it('a file that fails leaves the prompt as it is, with nothing thrown or rejected', async () => {
    createFollowUp.mockImplementationOnce(() => {
      throw new Error('offline');
    });
    const { ready, load } = card();
    load();
    await vi.waitFor(() => expect(createFollowUp).toHaveBeenCalled());
    await settle();
    expect(ready).not.toHaveBeenCalled();
  });
});
