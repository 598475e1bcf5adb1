// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../../src/events/emitter.ts';
import { answerEvent } from '../support/fixtures.ts';

const payload = { step: 'checkout' };

describe('createEmitter', () => {
  it('calls a listener with the payload', () => {
    const emitter = createEmitter(vi.fn());
    const listener = vi.fn();
    emitter.on('shown', listener);
    emitter.emit('shown', payload);
    expect(listener.mock.calls).toEqual([[payload]]);
  });

  it('gives each listener a copy of its own: an edit reaches neither the next listener nor the sender', () => {
    const emitter = createEmitter(vi.fn());
    const sent = { id: 'a', step: 'checkout', rating: 2, stored: true, event: answerEvent(1) };
    const seen: unknown[] = [];
    emitter.on('answered', (answered) => {
      answered.step = 'edited';
      Reflect.deleteProperty(answered.event.data, 'rating');
    });
    emitter.on('answered', (answered) => seen.push(answered));
    emitter.emit('answered', sent);
    expect(seen).toEqual([sent]);
    expect(sent).toEqual({ id: 'a', step: 'checkout', rating: 2, stored: true, event: answerEvent(1) });
  });

  it('calls only the listeners of that event', () => {
    const emitter = createEmitter(vi.fn());
    const listener = vi.fn();
    emitter.on('delivered', listener);
    emitter.emit('shown', payload);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a listener after off', () => {
    const emitter = createEmitter(vi.fn());
    const listener = vi.fn();
    emitter.on('shown', listener);
    emitter.off('shown', listener);
    emitter.emit('shown', payload);
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores off for a listener it never had', () => {
    const emitter = createEmitter(vi.fn());
    expect(() => emitter.off('shown', vi.fn())).not.toThrow();
  });

  it('registers the same listener once', () => {
    const emitter = createEmitter(vi.fn());
    const listener = vi.fn();
    emitter.on('shown', listener);
    emitter.on('shown', listener);
    emitter.emit('shown', payload);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('calls listeners in the order they were added', () => {
    const emitter = createEmitter(vi.fn());
    const order: string[] = [];
    emitter.on('shown', () => order.push('a'));
    emitter.on('shown', () => order.push('b'));
    emitter.emit('shown', payload);
    expect(order).toEqual(['a', 'b']);
  });

  it('reports a throwing listener through warn', () => {
    const warn = vi.fn();
    const emitter = createEmitter(warn);
    const error = new Error('site bug');
    emitter.on('shown', () => {
      throw error;
    });
    emitter.emit('shown', payload);
    expect(warn.mock.calls).toEqual([['a listener for "shown" threw.', error]]);
  });

  it('still calls the other listeners when one throws', () => {
    const emitter = createEmitter(vi.fn());
    const after = vi.fn();
    emitter.on('shown', () => {
      throw new Error('site bug');
    });
    emitter.on('shown', after);
    expect(() => emitter.emit('shown', payload)).not.toThrow();
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('does not call a listener added while emitting until the next emit', () => {
    const emitter = createEmitter(vi.fn());
    const late = vi.fn();
    emitter.on('shown', () => emitter.on('shown', late));
    emitter.emit('shown', payload);
    expect(late).not.toHaveBeenCalled();
    emitter.emit('shown', payload);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
