/**
 * The scheme the prompt shows in. `auto` (the default) is dark only where the page itself has a
 * dark look (its root's `color-scheme` includes `dark`, by CSS or `<meta name="color-scheme">`)
 * and the shopper prefers dark: a dark card on a light-only shop would look like someone else's.
 */
export function colorSchemeOf(doc: Document, option: 'auto' | 'light' | 'dark' = 'auto'): 'light' | 'dark' {
  if (option !== 'auto') return option;
  const win = doc.defaultView;
  // The root's own `color-scheme` wins over the meta, which is only the page's default: a
  // template's meta may say "light dark" where the shop's stylesheet says light.
  const computed = win?.getComputedStyle(doc.documentElement).colorScheme;
  const declared =
    computed && computed !== 'normal'
      ? computed
      : doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content;
  return /\bdark\b/.test(`${declared}`) && win?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
