/** Where a path is resolved when there is no page (on a server): only to check it stays on one site. */
const NO_PAGE = 'https://page.invalid/';

/**
 * An option that names a URL (the endpoint, the privacy notice) as an absolute http(s) URL, or
 * undefined when it is not one. A path ("/answers") is resolved against `base`, the page, and
 * must stay on the page's origin: `/\evil.example/x` and `/<TAB>/evil.example` are the URL
 * parser's `//evil.example`, another site. Without a page (on a server) a path stays as it is.
 * `user:password@` is refused: fetch refuses such a URL, so nothing could ever be delivered.
 */
export function resolveUrl(
  value: unknown,
  base: string | undefined,
  max = Number.POSITIVE_INFINITY,
): string | undefined {
  if (typeof value !== 'string' || value.length > max) return undefined;
  const path = value.startsWith('/');
  try {
    const page = new URL(base ?? NO_PAGE);
    const url = new URL(value, path ? page : undefined);
    const ok =
      /^https?:$/.test(url.protocol) && !url.username && !url.password && (!path || url.origin === page.origin);
    return ok ? (path && !base ? value : url.href) : undefined;
  } catch {
    return undefined;
  }
}
