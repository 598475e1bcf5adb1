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
    // `**/` matches whole segments or none: never part of one.
    ['/**/confirmed', '/confirmed', true],
    ['/**/confirmed', '/order/confirmed', true],
    ['/**/confirmed', '/unconfirmed', false],
    ['/**/confirmed', '/order/unconfirmed', false],
    ['/shop/**/done', '/shop/xdone', false],
    ['/shop/**/done', '/shop/a/xdone', false],
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

describe('globMatcher on hostile input', () => {
  // A regular expression for this glob backtracked for about a minute on such a path; walking the
  // path once with the set of places the glob may be at takes path × glob steps at most.
  it('answers for four ** against an 800-segment path that does not end in /done', () => {
    const path = `/${'a/'.repeat(800)}x`;
    expect(globMatcher('/**/**/**/**/done')({ pathname: path, search: '', hash: '' })).toBe(false);
    expect(globMatcher('/**/**/**/**/x')({ pathname: path, search: '', hash: '' })).toBe(true);
  });

  it('never matches a URL longer than 2048 characters', () => {
    const at = (length: number) => ({ pathname: `/${'p'.repeat(length - 1)}`, search: '', hash: '' });
    expect(globMatcher('/**')(at(2048))).toBe(true);
    expect(globMatcher('/**')(at(2049))).toBe(false);
    expect(regExpMatcher(/^\//)(at(2049))).toBe(false);
  });

  it('reads every other character literally, * included where the URL has one', () => {
    expect(globMatcher('/a*b')({ pathname: '/a*b', search: '', hash: '' })).toBe(true);
    expect(globMatcher('/(.+)')({ pathname: '/(.+)', search: '', hash: '' })).toBe(true);
    expect(globMatcher('/(.+)')({ pathname: '/xyz', search: '', hash: '' })).toBe(false);
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
