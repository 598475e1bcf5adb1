import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type TypingWatch, watchTyping } from '../../../src/journey/typing-pause.ts';
import { writeIn } from '../support/widget-dom.ts';

let watch: TypingWatch | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});

afterEach(() => {
  watch?.stop();
  watch = undefined;
});

function start() {
  watch = watchTyping(document, Date.now);
  return watch;
}

function field(html: string): HTMLElement {
  const holder = document.body.appendChild(document.createElement('div'));
  holder.innerHTML = html;
  return holder.firstElementChild as HTMLElement;
}

/** Tracks a promise's outcome without awaiting it. */
function track(promise: Promise<boolean>) {
  const outcome: { value?: boolean } = {};
  void promise.then((value) => {
    outcome.value = value;
  });
  return outcome;
}

describe('watchTyping', () => {
  it('resolves at once when nobody typed', async () => {
    await expect(start().pause(2000)).resolves.toBe(true);
  });

  it('waits for a pause of pauseMs after the last key in a text field', async () => {
    const input = field('<input type="text">');
    const typing = start();
    writeIn(input);
    const outcome = track(typing.pause(2000));
    await vi.advanceTimersByTimeAsync(1999);
    expect(outcome.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.value).toBe(true);
  });

  it('keeps waiting while keys keep coming', async () => {
    const input = field('<textarea></textarea>');
    const typing = start();
    writeIn(input);
    const outcome = track(typing.pause(2000));
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(1500);
      writeIn(input);
    }
    expect(outcome.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1999);
    expect(outcome.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome.value).toBe(true);
  });

  it('gives up (false) after maxWaitMs of steady typing', async () => {
    const input = field('<input>');
    const typing = start();
    writeIn(input);
    const outcome = track(typing.pause(2000, 5000));
    for (let elapsed = 0; elapsed < 6000 && outcome.value === undefined; elapsed += 500) {
      await vi.advanceTimersByTimeAsync(500);
      writeIn(input);
    }
    expect(outcome.value).toBe(false);
    expect(Date.now() - 1_000_000).toBeGreaterThanOrEqual(5000);
    expect(Date.now() - 1_000_000).toBeLessThanOrEqual(6000);
  });

  it('a key that edits nothing does not count (no beforeinput: Tab, an arrow, Space on a checkbox)', async () => {
    const input = field('<input>');
    const typing = start();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    await expect(typing.pause(1000)).resolves.toBe(true);
  });

  it('sees writing the page stops from propagating: it listens before the field does', async () => {
    const input = field('<input>');
    input.addEventListener('beforeinput', (event) => event.stopPropagation());
    const typing = start();
    writeIn(input);
    const outcome = track(typing.pause(1000));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.value).toBeUndefined();
  });

  it('sees writing in a field inside a shadow root, a closed one too', async () => {
    const hostElement = field('<div></div>');
    const input = hostElement.attachShadow({ mode: 'closed' }).appendChild(document.createElement('input'));
    const typing = start();
    writeIn(input);
    const outcome = track(typing.pause(1000));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.value).toBeUndefined();
  });

  it('stop removes the listener: later keys are not seen', async () => {
    const input = field('<input>');
    const remove = vi.spyOn(document, 'removeEventListener');
    const typing = start();
    typing.stop();
    expect(remove).toHaveBeenCalledWith(
      'beforeinput',
      expect.any(Function),
      expect.objectContaining({ capture: true }),
    );
    writeIn(input);
    await expect(typing.pause(1000)).resolves.toBe(true);
  });

  it('stop cancels the pending check', async () => {
    const input = field('<input>');
    const typing = start();
    writeIn(input);
    const outcome = track(typing.pause(1000));
    typing.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(outcome.value).toBeUndefined();
  });
});
