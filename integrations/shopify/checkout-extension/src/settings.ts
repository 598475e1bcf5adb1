/** The merchant's settings for the extension (checkout editor), unchecked. */
export interface SurveySettings {
  endpoint?: unknown;
  site?: unknown;
  privacy_url?: unknown;
}

/** An https URL, or http on this machine (a local endpoint while developing): what browsers count as secure. */
const isSecureUrl = (value: unknown): value is string => {
  try {
    const url = new URL(value as string);
    return (
      url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname))
    );
  } catch {
    return false;
  }
};

/**
 * The privacy link: a secure absolute URL as given, or a path of the shop on its own storefront
 * (the theme's `url` picker gives `/policies/privacy-policy`, and the merchant sets the same here).
 */
function privacyLink(value: unknown, storefrontUrl: string | undefined): string | undefined {
  if (isSecureUrl(value)) return value;
  if (typeof value !== 'string' || !value.startsWith('/') || !isSecureUrl(storefrontUrl)) return undefined;
  try {
    const shop = new URL(storefrontUrl);
    const url = new URL(value, shop);
    // `//host/…` or `/\host/…` is another site, not a path of the shop.
    return url.origin === shop.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The endpoint and site to send to, and the privacy link, or undefined when the merchant has not
 * set them (yet): then nothing shows. `storefrontUrl` is the shop's, which a privacy path is on.
 */
export function readSettings({ endpoint, site, privacy_url: privacy }: SurveySettings, storefrontUrl?: string) {
  if (!isSecureUrl(endpoint) || typeof site !== 'string' || !site.trim() || site.length > 100) return undefined;
  return { endpoint, site, privacyUrl: privacyLink(privacy, storefrontUrl) };
}
