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

  return function update(params, width) {
    const scale = Math.min(1, SHOWN_WIDTH / width);
    for (const { key, iframe, box } of frames) {
      const frameSearch = `?${params}${params.size ? '&' : ''}view=${key}`;
      iframe.dataset.search = frameSearch;
      if (!iframe.getAttribute('src')) iframe.src = `studio-frame.html${frameSearch}`;
      else iframe.contentWindow?.postMessage({ search: frameSearch }, location.origin);
      Object.assign(iframe.style, { width: `${width}px`, height: `${HEIGHT}px`, transform: `scale(${scale})` });
      Object.assign(box.style, { width: `${width * scale}px`, height: `${HEIGHT * scale}px` });
    }
  };
}
