/** Every state side by side, each in its own frame at the chosen viewport width. */
import { el } from './dom.js';
import { VIEWS } from './state.js';

const HEIGHT = 620;
/** Wide viewports are shown scaled down, so a row still fits beside the controls. */
const SHOWN_WIDTH = 640;

export function buildGallery(container) {
  const frames = Object.entries(VIEWS).map(([key, view]) => {
    const iframe = el('iframe', { title: `Preview: ${view.title}`, name: `preview-${key}`, 'data-view': key });
    // The frame reads its look from its address at load, and from messages afterwards (one sent
    // before it had loaded is lost, so the latest goes again on load).
    iframe.addEventListener('load', () =>
      iframe.contentWindow?.postMessage({ search: iframe.dataset.search }, location.origin),
    );
    const box = el('div', { class: 'frame' }, iframe);
    container.append(el('figure', {}, el('figcaption', {}, view.title), box));
    return { key, iframe, box };
  });

  let shownWidth = 0;
  /** Frames are scaled to fit the space there is, so the studio never scrolls sideways (1.4.10). */
  function size() {
    const scale = Math.min(1, Math.min(SHOWN_WIDTH, container.clientWidth) / shownWidth);
    for (const { iframe, box } of frames) {
      Object.assign(iframe.style, { width: `${shownWidth}px`, height: `${HEIGHT}px`, transform: `scale(${scale})` });
      Object.assign(box.style, { width: `${shownWidth * scale}px`, height: `${HEIGHT * scale}px` });
    }
  }
  addEventListener('resize', () => shownWidth && size());

  return function update(params, width) {
    for (const { key, iframe } of frames) {
      const frameSearch = `?${params}${params.size ? '&' : ''}view=${key}`;
      iframe.dataset.search = frameSearch;
      if (!iframe.getAttribute('src')) iframe.src = `studio-frame.html${frameSearch}`;
      else iframe.contentWindow?.postMessage({ search: frameSearch }, location.origin);
    }
    shownWidth = width;
    size();
  };
}
