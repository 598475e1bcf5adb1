/**
 * Every state (`keys` of VIEWS) side by side, each in its own frame at the chosen viewport width, shown at the
 * chosen zoom (100%: actual size). Each frame is as tall as its state needs: the frame says
 * how tall (frame.js), and a frame only ever grows, so nothing is cut off.
 */
import { el } from './dom.js';
import { VIEWS } from './views.js';

/** The least height of a frame: a phone's screen in landscape. */
const MIN_HEIGHT = 480;

export function buildGallery(container, keys) {
  // At actual size a wide viewport is wider than the space: the previews scroll, the page does not.
  const wrap = el('div', { class: 'gallery-wrap', tabindex: '0', role: 'group', 'aria-label': 'Previews' });
  container.replaceWith(wrap);
  wrap.append(container);
  // Some states only (the address's `views=`): the heading says so, and a link brings them all.
  const total = Object.keys(VIEWS).length;
  const everyState = keys.length < total ? el('a', {}, 'Show every state') : undefined;
  if (everyState) {
    const heading = wrap.closest('section')?.querySelector('h2');
    if (heading) heading.textContent = `${keys.length} of ${total} states`;
    wrap.before(el('p', {}, everyState));
  }
  const frames = keys.map((key) => {
    const view = VIEWS[key];
    const iframe = el('iframe', { title: `Preview: ${view.title}`, name: `preview-${key}`, 'data-view': key });
    const box = el('div', { class: 'frame' }, iframe);
    container.append(el('figure', {}, el('figcaption', {}, view.title), box));
    return { key, iframe, box, height: MIN_HEIGHT };
  });

  let width = 0;
  let zoom = 1;
  function size() {
    for (const frame of frames) {
      Object.assign(frame.iframe.style, {
        width: `${width}px`,
        height: `${frame.height}px`,
        transform: zoom === 1 ? '' : `scale(${zoom})`,
      });
      Object.assign(frame.box.style, { width: `${width * zoom}px`, height: `${frame.height * zoom}px` });
    }
  }

  addEventListener('message', (event) => {
    const frame = frames.find(({ iframe }) => iframe.contentWindow === event.source);
    if (event.origin !== location.origin || !frame) return;
    // The frame reads its look from its address, then from messages once it listens: one sent
    // before then is lost (its `load` can come first too), so the latest goes when it says so.
    if (event.data?.listening) {
      frame.iframe.contentWindow?.postMessage({ search: frame.iframe.dataset.search }, location.origin);
      return;
    }
    const needed = Number(event.data?.height);
    if (!Number.isFinite(needed)) return;
    const height = Math.min(4000, Math.max(MIN_HEIGHT, Math.ceil(needed)));
    if (height > frame.height) {
      frame.height = height;
      size();
    }
  });

  return function update(params, state) {
    if (everyState) {
      // The address as it is now, the look included, without `views`.
      const all = new URLSearchParams(location.search);
      all.delete('views');
      everyState.href = `${location.pathname}${all.size ? `?${all}` : ''}`;
    }
    const reset = state.viewport !== width;
    width = state.viewport;
    zoom = state.zoom / 100;
    for (const frame of frames) {
      // A new width starts from the least height again: the frame tells what it needs.
      if (reset) frame.height = MIN_HEIGHT;
      const frameSearch = `?${params}${params.size ? '&' : ''}view=${frame.key}`;
      frame.iframe.dataset.search = frameSearch;
      if (!frame.iframe.getAttribute('src')) frame.iframe.src = `studio-frame.html${frameSearch}`;
      else frame.iframe.contentWindow?.postMessage({ search: frameSearch }, location.origin);
    }
    size();
  };
}
