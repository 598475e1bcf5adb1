// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { needsCore } from '../../../src/instance/needs-widget.ts';

afterEach(() => {
  Reflect.deleteProperty(Object.prototype, 'debug');
  Reflect.deleteProperty(Object.prototype, 'triggers');
});

describe('needsCore', () => {
  it.each<[string, unknown]>([
    ['debug: true', { debug: true }],
    ['a trigger to watch', { triggers: [{ step: 'checkout', on: 'exit' }] }],
  ])('fetches the widget at init for %s', (_, config) => {
    expect(needsCore(['init', config])).toBe(true);
  });

  it.each<[string, unknown]>([
    ['no debug or triggers', {}],
    ['no triggers in the list', { triggers: [] }],
    ['no config', undefined],
    ['null', null],
    ['a text', 'debug'],
  ])('leaves the widget at init for %s', (_, config) => {
    expect(needsCore(['init', config])).toBe(false);
  });

  it('reads only the config’s own debug and triggers, never a polluted Object.prototype', () => {
    Object.assign(Object.prototype, { debug: true, triggers: [{ step: 'checkout', on: 'exit' }] });
    expect(needsCore(['init', {}])).toBe(false);
  });
});
