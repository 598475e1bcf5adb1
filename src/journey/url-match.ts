/** Where a URL trigger looks: the parts of `location` a pattern is matched against. */
export type PageLocation = Pick<Location, 'pathname' | 'search' | 'hash'>;

export type UrlMatcher = (location: PageLocation) => boolean;

/**
 * A glob over the URL path: `*` matches within one path segment, `**` across segments (and
 * `**` followed by a slash also matches no segment at all); every other character is literal. The query (`?…`) and the hash (`#…`) are part of the match only
 * when the pattern names them, so `/order/*` matches `/order/12?ref=mail`.
 */
export function globMatcher(glob: string): UrlMatcher {
  const source = glob.replace(/\*\*\/|\*\*|\*|[.+?^${}()|[\]\\]/g, (token) =>
    token === '**/' ? '(?:[^?#]*/)?' : token === '**' ? '[^?#]*' : token === '*' ? '[^/?#]*' : `\\${token}`,
  );
  const pattern = new RegExp(`^${source}$`);
  const withSearch = glob.includes('?');
  const withHash = glob.includes('#');
  return ({ pathname, search, hash }) => pattern.test(pathname + (withSearch ? search : '') + (withHash ? hash : ''));
}

/** Undefined when `source` is not a valid RegExp. */
export function toRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}

/**
 * A RegExp source, tried on the path first, then on path + query + hash, so `^/order/\d+$`
 * matches `/order/12?ref=mail` and `\?step=pay` can still look at the query.
 */
export function regExpMatcher(pattern: RegExp): UrlMatcher {
  return ({ pathname, search, hash }) => pattern.test(pathname) || pattern.test(pathname + search + hash);
}
