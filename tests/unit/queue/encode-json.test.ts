import { afterEach, describe, expect, it } from 'vitest';
import { encodeJson } from '../../../src/queue/encode-json.ts';

const event = {
  id: 'a',
  data: { emotions: ['happy', 'relieved'], comment: 'ok "quoted"', rating: 4, skipped: undefined },
};

describe('encodeJson', () => {
  afterEach(() => {
    Reflect.deleteProperty(Array.prototype, 'toJSON');
  });

  it('writes what JSON.stringify writes on a clean page', () => {
    expect(encodeJson([event])).toBe(JSON.stringify([event]));
  });

  it('ignores a toJSON a host page put on Array.prototype', () => {
    const clean = JSON.stringify([event]);
    Object.defineProperty(Array.prototype, 'toJSON', { value: () => 'array!', configurable: true });
    expect(encodeJson([event])).toBe(clean);
  });

  it('uses the stringify it is given, not the page’s current one', () => {
    const pristine = JSON.stringify;
    const hijacked = () => '"hijacked"';
    Object.defineProperty(Array.prototype, 'toJSON', { value: () => 'array!', configurable: true });
    expect(encodeJson([event], pristine)).toContain('"comment":"ok \\"quoted\\""');
    expect(encodeJson([event], hijacked)).not.toContain('comment');
  });
});
