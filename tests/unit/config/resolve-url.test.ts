// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveUrl as studioResolveUrl } from '../../../demo/studio/site.js';
import { resolveUrl } from '../../../src/config/resolve-url.ts';

const PAGE = 'https://shop.example/checkout/done';

// The studio loads only the built widget, where resolveUrl is not exported, so it keeps a copy
// (demo/studio/site.js) to flag what the widget would refuse: the two must answer alike.
const CASES: Array<[unknown, string | undefined, number?]> = [
  ['/answers', PAGE],
  ['/answers', undefined],
  ['https://collect.example/answers', PAGE],
  ['http://collect.example/answers', PAGE],
  ['shop.example/answers', PAGE],
  ['www.shop.example/privacy', PAGE],
  ['/\\evil.example/privacy', PAGE],
  ['/\t/evil.example', PAGE],
  ['//evil.example/privacy', PAGE],
  ['javascript:alert(1)', PAGE],
  ['https://user:secret@collect.example/answers', PAGE],
  [`/${'p'.repeat(2100)}`, PAGE, 2048],
  [42, PAGE],
  ['/answers', 'about:srcdoc'],
];

describe('resolveUrl', () => {
  it.each(CASES)('%j against %s: the widget and the studio agree', (value, base, max) => {
    expect(studioResolveUrl(value, base, max)).toBe(resolveUrl(value, base, max));
  });

  it('resolves a path on the page, and refuses one that leaves its origin', () => {
    expect(resolveUrl('/answers', PAGE)).toBe('https://shop.example/answers');
    expect(resolveUrl('/\\evil.example/privacy', PAGE)).toBeUndefined();
  });
});
