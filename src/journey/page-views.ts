/** The Navigation API, in the browsers that have it (Chromium-based ones for years, others recently). */
type WithNavigation = Window & { navigation?: EventTarget };

/** Without the Navigation API, how often we look whether a single-page app changed the URL. */
const POLL_MS = 1_000;

/**
 * Calls `onChange` when the URL changes without a page load (single-page-app navigation,
 * back/forward, #hash), without wrapping the host's `history.pushState`: we never change a
 * page's globals. `currententrychange` fires for pushState/replaceState and traversals
 * (https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-navigation-interface);
 * where it is missing, a cheap check of `location.href` once a second stands in for it.
 */
export function watchLocation(win: Window, onChange: () => void): () => void {
  let href = win.location.href;
  const check = () => {
    if (win.location.href === href) return;
    href = win.location.href;
    onChange();
  };
  const navigation = (win as WithNavigation).navigation;
  const sources: Array<[EventTarget, string]> = [
    [win, 'popstate'],
    [win, 'hashchange'],
  ];
  if (navigation) sources.push([navigation, 'currententrychange']);
  for (const [target, type] of sources) target.addEventListener(type, check);
  const timer = navigation ? undefined : win.setInterval(check, POLL_MS);
  return () => {
    for (const [target, type] of sources) target.removeEventListener(type, check);
    win.clearInterval(timer);
  };
}
