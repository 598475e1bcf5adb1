import { describe, expect, it, vi } from 'vitest';
import { createEtiquetteMemory } from '../../../src/instance/etiquette-memory.ts';
import { rememberPrompt } from '../../../src/journey/etiquette.ts';
import { createMemoryEtiquetteStore, type EtiquetteStore } from '../../../src/journey/etiquette-store.ts';

/** A device store holding an opt-out, whose reads fail `failures` times (an open that timed out). */
function flakyDevice(failures: number) {
  const device = createMemoryEtiquetteStore();
  let left = failures;
  const store: EtiquetteStore = {
    load: () => (left-- > 0 ? Promise.reject(new Error('IndexedDB did not open within 2000 ms')) : device.load()),
    save: (state) => device.save(state),
  };
  return { device, store };
}

describe('createEtiquetteMemory', () => {
  it('never writes over a "don’t ask me again" it could not read: it reads again first', async () => {
    const { device, store } = flakyDevice(1);
    await device.save({ optOut: true, steps: {} });
    const memory = createEtiquetteMemory(() => store, createMemoryEtiquetteStore(), true, vi.fn());
    expect((await memory.load()).optOut).toBeUndefined();
    await memory.remember((state) => rememberPrompt(state, 'returns', 5));
    expect(await device.load()).toEqual({ optOut: true, lastPromptAt: 5, steps: { returns: 5 } });
  });

  it('writes nothing while the device’s memory stays unreadable, and keeps what the page learnt', async () => {
    const { device, store } = flakyDevice(2);
    await device.save({ optOut: true, steps: {} });
    const memory = createEtiquetteMemory(() => store, createMemoryEtiquetteStore(), true, vi.fn());
    await memory.remember((state) => rememberPrompt(state, 'returns', 5));
    expect(await device.load()).toEqual({ optOut: true, steps: {} });
    expect((await memory.load()).steps).toEqual({ returns: 5 });
  });

  it('without consent keeps only a "don’t ask me again" on the device, beside what it held', async () => {
    const device = createMemoryEtiquetteStore();
    await device.save({ lastPromptAt: 1, steps: { checkout: 1 } });
    const memory = createEtiquetteMemory(() => device, createMemoryEtiquetteStore(), false, vi.fn());
    await memory.remember((state) => rememberPrompt(state, 'returns', 5));
    expect(await device.load()).toEqual({ lastPromptAt: 1, steps: { checkout: 1 } });
    await memory.remember((state) => ({ ...rememberPrompt(state, 'basket', 6), optOut: true }));
    expect(await device.load()).toEqual({ optOut: true, lastPromptAt: 1, steps: { checkout: 1 } });
  });

  it('without consent reads the device’s "don’t ask me again", and nothing else of it', async () => {
    const device = createMemoryEtiquetteStore();
    await device.save({ optOut: true, lastPromptAt: 1, steps: { checkout: 1 } });
    const memory = createEtiquetteMemory(() => device, createMemoryEtiquetteStore(), false, vi.fn());
    expect(await memory.load()).toEqual({ optOut: true, steps: {} });
  });
});
