// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { forwardToDataLayer } from '../../../src/events/data-layer.ts';
import { createEmitter } from '../../../src/events/emitter.ts';
import { answerEvent, uuid } from '../support/fixtures.ts';

function setup(dataLayer?: unknown[]) {
  const emitter = createEmitter(vi.fn());
  const page = { dataLayer } as unknown as Window & { dataLayer?: unknown[] };
  const stop = forwardToDataLayer(emitter, page);
  return { emitter, page, stop };
}

const answered = () => {
  const event = answerEvent(1, {});
  event.data.comment = 'My email is me@example.com';
  return { id: uuid(1), step: 'checkout', rating: 4, event, stored: true };
};

describe('forwardToDataLayer', () => {
  it('creates window.dataLayer only when the first event comes', () => {
    const { emitter, page } = setup();
    expect(page.dataLayer).toBeUndefined();
    emitter.emit('shown', { step: 'checkout' });
    expect(page.dataLayer).toEqual([{ event: 'feelback.shown', feelback: { step: 'checkout' } }]);
  });

  it('pushes onto the array the site already has', () => {
    const existing: unknown[] = [{ event: 'gtm.js' }];
    const { emitter, page } = setup(existing);
    emitter.emit('dismissed', { step: 'checkout', reason: 'idle' });
    expect(page.dataLayer).toBe(existing);
    expect(existing).toEqual([
      { event: 'gtm.js' },
      { event: 'feelback.dismissed', feelback: { step: 'checkout', reason: 'idle' } },
    ]);
  });

  it('answered: id, step, rating and instrument — never the comment, emotions or full event', () => {
    const { emitter, page } = setup();
    emitter.emit('answered', answered());
    expect(page.dataLayer).toEqual([
      { event: 'feelback.answered', feelback: { id: uuid(1), step: 'checkout', rating: 4, instrument: 'feeling' } },
    ]);
    expect(JSON.stringify(page.dataLayer)).not.toContain('example.com');
  });

  it('answered with a contact address given on consent: the address never reaches the page’s analytics', () => {
    const { emitter, page } = setup();
    const payload = answered();
    payload.event.data.contact = { email: 'sam@example.net', consent: true };
    emitter.emit('answered', payload);
    expect(JSON.stringify(page.dataLayer)).not.toContain('sam@');
  });

  it('recovery (the site’s own help taken) passes through, for a tag that opens the chat', () => {
    const { emitter, page } = setup();
    emitter.emit('recovery', { id: uuid(2), answerId: uuid(1), step: 'checkout' });
    expect(page.dataLayer).toEqual([
      { event: 'feelback.recovery', feelback: { id: uuid(2), answerId: uuid(1), step: 'checkout' } },
    ]);
  });

  it('delivered and error pass through with their names', () => {
    const { emitter, page } = setup();
    emitter.emit('delivered', { ids: [uuid(1)] });
    emitter.emit('error', { code: 'storage-unavailable', message: 'no IndexedDB' });
    expect(page.dataLayer).toEqual([
      { event: 'feelback.delivered', feelback: { ids: [uuid(1)] } },
      { event: 'feelback.error', feelback: { code: 'storage-unavailable', message: 'no IndexedDB' } },
    ]);
  });

  it('stops forwarding once stopped', () => {
    const { emitter, page, stop } = setup();
    emitter.emit('shown', { step: 'a' });
    stop();
    emitter.emit('shown', { step: 'b' });
    emitter.emit('answered', answered());
    expect(page.dataLayer).toHaveLength(1);
  });
});
