import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../src/ui/watch-idle.ts';

let host: HTMLElement;

// tests/unit/setup.ts restores real timers and empties the body after each test.
beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
  document.body.append(host);
});

describe('watchIdle', () => {
  it('calls onIdle after ms without the shopper', () => {
    const onIdle = vi.fn();
    watchIdle(host, () => false, 1000, onIdle);
    vi.advanceTimersByTime(999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('starts the wait again once focus has left', () => {
    const onIdle = vi.fn();
    let focused = true;
    watchIdle(host, () => focused, 1000, onIdle);
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
    focused = false;
    host.dispatchEvent(new FocusEvent('focusout'));
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('never calls onIdle after stop, even when focus left just before', () => {
    const onIdle = vi.fn();
    const watch = watchIdle(host, () => false, 1000, onIdle);
    host.dispatchEvent(new FocusEvent('focusout'));
    watch.stop();
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('never starts again once stopped, whatever touches it (a reopen, a save that failed)', () => {
    const onIdle = vi.fn();
    const watch = watchIdle(host, () => false, 1000, onIdle);
    watch.stop();
    watch.touch();
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('started under a pointer that can hover, waits for it to leave', () => {
    vi.spyOn(host, 'matches').mockReturnValue(true);
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList);
    const onIdle = vi.fn();
    watchIdle(host, () => false, 1000, onIdle);
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
    host.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('on a touch screen, the :hover a tap leaves behind is no resting pointer', () => {
    vi.spyOn(host, 'matches').mockReturnValue(true);
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: false } as MediaQueryList);
    const onIdle = vi.fn();
    watchIdle(host, () => false, 1000, onIdle);
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledOnce();
  });
});
