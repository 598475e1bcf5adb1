/**
 * The snippet's site fields checked with the widget's own rules (src/config/check-config.ts:
 * `endpoint: url()`, `site: text(100)`, `privacyUrl: url(2048)`), so the studio never exports a
 * config the widget refuses. Pure: no DOM.
 */

/** Where a path is resolved when there is no page: only to check it stays on one site. */
const NO_PAGE = 'https://page.invalid/';

/**
 * Mirrors resolveUrl of src/config/resolve-url.ts (the studio loads only the built widget, where
 * it is not exported): an absolute http(s) URL, or a path starting with "/" that stays on
 * `base`'s origin, as the URL the widget uses; undefined when the widget would refuse it.
 */
export function resolveUrl(value, base, max = Number.POSITIVE_INFINITY) {
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

/** The widget's bounds: src/config/check-config.ts. */
export const SITE_MAX = 100;
export const PRIVACY_URL_MAX = 2048;

const URL_EXPECTED = 'Expected an http(s) URL or a path starting with "/"';

/**
 * What is wrong with a site field's value for the widget (src/config/messages.ts, `refused`),
 * or '' when it would take it; '' (the studio's default) is fine. `base` is the page a path is
 * resolved against. A refused option switches the whole widget off, so the export leaves it out.
 */
export function siteProblem(name, value, base) {
  if (value === '') return '';
  // The export leaves a refused value out (demo/studio/snippet.js): say so, or the snippet looks wrong.
  const off = ` The widget would stay off, so the snippet ${name === 'privacyUrl' ? 'leaves it out' : 'has the default'} until it is fixed.`;
  if (name === 'site') return value.length <= SITE_MAX ? '' : `Expected text of 1 to ${SITE_MAX} characters.${off}`;
  if (name === 'endpoint') return resolveUrl(value, base) ? '' : `${URL_EXPECTED}.${off}`;
  if (name === 'privacyUrl') {
    return resolveUrl(value, base, PRIVACY_URL_MAX)
      ? ''
      : `${URL_EXPECTED}, of at most ${PRIVACY_URL_MAX} characters.${off}`;
  }
  return '';
}
