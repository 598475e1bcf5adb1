/** Where a URL trigger looks: the parts of `location` a pattern is matched against. */
export type PageLocation = Pick<Location, 'pathname' | 'search' | 'hash'>;

export type UrlMatcher = (location: PageLocation) => boolean;

/** A longer URL is never matched: no pattern needs it, and it bounds the work per check. */
export const MAX_URL = 2048;

/** `*`: any run within a path segment; `**`: any run across segments; a string: that character. */
type Token = '*' | '**' | string;

/**
 * A glob over the URL path: `*` matches within one path segment, `**` across segments (and
 * `**` followed by a slash also matches no segment at all); every other character is literal. The
 * query (`?…`) and the hash (`#…`) are part of the match only when the pattern names them, so
 * `/order/*` matches `/order/12?ref=mail`. Matched by walking the URL once with the set of places
 * the pattern may be at (Thompson's construction), so no pattern can take more than
 * URL length × pattern length steps; a regular expression with several `**` could backtrack for
 * minutes (`/**` four times against an 800-segment path).
 */
export function globMatcher(glob: string): UrlMatcher {
  const tokens: Token[] = [];
  /** Where a `**` followed by a slash may jump: past the slash, matching no segment at all. */
  const skips = new Map<number, number>();
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**', i)) {
      if (glob[i + 2] === '/') skips.set(tokens.length, tokens.length + 2);
      tokens.push('**');
      i++;
    } else tokens.push(glob[i] === '*' ? '*' : (glob[i] as string));
  }
  const withSearch = glob.includes('?');
  const withHash = glob.includes('#');
  /** Adds `at` and every place reachable from it without reading a character. */
  const reach = (places: Set<number>, at: number) => {
    if (places.has(at)) return;
    places.add(at);
    const token = tokens[at];
    if (token === '*' || token === '**') reach(places, at + 1);
    const skip = skips.get(at);
    if (skip !== undefined) reach(places, skip);
  };
  /**
   * A `**` that has read a character (its place plus a half): it goes on, or hands over to what
   * follows, but can no longer match no segment: `/shop/**` then `/done` never matches `/shop/xdone`.
   */
  const inside = (places: Set<number>, at: number) => {
    places.add(at + 0.5);
    reach(places, at + 1);
  };
  return ({ pathname, search, hash }) => {
    const url = pathname + (withSearch ? search : '') + (withHash ? hash : '');
    if (url.length > MAX_URL) return false;
    let places = new Set<number>();
    reach(places, 0);
    for (const char of url) {
      const next = new Set<number>();
      for (const place of places) {
        const at = Math.floor(place);
        const token = tokens[at];
        if (token === '**' ? !'?#'.includes(char) : token === '*' ? !'/?#'.includes(char) : false) {
          (token === '**' ? inside : reach)(next, at);
        } else if (token === char) reach(next, at + 1);
      }
      if (!next.size) return false;
      places = next;
    }
    return places.has(tokens.length);
  };
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
  return ({ pathname, search, hash }) => {
    const url = pathname + search + hash;
    return url.length <= MAX_URL && (pattern.test(pathname) || pattern.test(url));
  };
}
