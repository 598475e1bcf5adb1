// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { globMatcher, regExpMatcher, toRegExp } from '../../../src/journey/url-match.ts';

const at = (url: string) => {
  const { pathname, search, hash } = new URL(url, 'https://shop.example');
  return { pathname, search, hash };
};

describe('globMatcher', () => {
  it.each([
    ['/order/*/confirmed', '/order/12/confirmed', true],
    ['/order/*/confirmed', '/order/12/confirmed?ref=mail#top', true],
    ['/order/*/confirmed', '/order/12/34/confirmed', false],
    ['/order/*/confirmed', '/order//confirmed', true],
    ['/order/*/confirmed', '/order/12/confirmed/again', false],
    ['/shop/**', '/shop/shoes/red/42', true],
    ['/shop/**', '/shopping', false],
    ['/shop/**/checkout', '/shop/checkout', true],
    ['/shop/**/checkout', '/shop/a/b/checkout', true],
    ['/basket', '/basket', true],
    ['/basket', '/basket/', false],
    ['/basket', '/Basket', false],
    ['/a.b', '/axb', false],
    ['/a+(b)', '/a+(b)', true],
    ['/search?q=*', '/search?q=shoes', true],
    ['/search?q=*', '/search', false],
    ['/search?q=*', '/search?sort=asc', false],
    ['/app#/order/*', '/app#/order/7', true],
    ['/app#/order/*', '/app#/basket', false],
  ])('%s on %s → %s', (glob, url, expected) => {
    expect(globMatcher(glob)(at(url))).toBe(expected);
  });
});

describe('regExpMatcher', () => {
  const match = (source: string, url: string) => {
    const pattern = toRegExp(source);
    if (!pattern) throw new Error(`invalid: ${source}`);
    return regExpMatcher(pattern)(at(url));
  };

  it.each([
    ['^/order/\\d+$', '/order/12', true],
    ['^/order/\\d+$', '/order/12?ref=mail', true],
    ['^/order/\\d+$', '/order/abc', false],
    ['\\?step=pay', '/checkout?step=pay', true],
    ['confirmed', '/order/1/confirmed', true],
    ['#/done$', '/app#/done', true],
  ])('%s on %s → %s', (source, url, expected) => {
    expect(match(source, url)).toBe(expected);
  });

  it('rejects a source that is not a RegExp', () => {
    expect(toRegExp('^/order/(\\d+$')).toBeUndefined();
    expect(toRegExp('[')).toBeUndefined();
  });
});
