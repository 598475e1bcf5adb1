/**
 * The contrast check of the chosen colours (WCAG 1.4.3 text, 1.4.11 non-text), per colour
 * scheme. Rows are named after the controls; a failing one offers the nearest passing value.
 */
import { checkContrast, nearestPassing, parseColor } from './contrast.js';
import { el } from './dom.js';
import { readColour } from './fields.js';
import { LABELS } from './tokens.js';

/** Any CSS colour as `rgb(r, g, b)` over `under` (its alpha blended), or '' when it is not a colour. */
function resolve(value, under) {
  const rgba = readColour(value);
  if (!rgba) return '';
  const base = under ? (parseColor(under) ?? [255, 255, 255]) : [255, 255, 255];
  const [r, g, b] = rgba.slice(0, 3).map((c, i) => c * rgba[3] + base[i] * (1 - rgba[3]));
  return `rgb(${r}, ${g}, ${b})`;
}

/** `onFix(scheme, token, value)` applies a suggested value. */
export function buildChecker(container, onFix) {
  const output = el('div');
  container.append(output);

  /**
   * `themes`: [{ scheme: 'light', colours: token → value, outline, page }], `page` the page
   * background the preview shows under that scheme: a see-through card shows it, not white.
   */
  return function update(themes) {
    let failures = 0;
    const tables = themes.map(({ scheme, colours, outline, page }) => {
      const background = resolve(colours.background, page ? resolve(page) : undefined);
      const resolved = Object.fromEntries(
        Object.entries(colours).map(([token, value]) => [
          token,
          token === 'background' ? background : resolve(value, background),
        ]),
      );
      // A fully see-through face fill shows the background, already checked: no face fill rows.
      if (readColour(colours.faceFill)?.[3] === 0) delete resolved.faceFill;
      const name = scheme === 'light' ? 'Light' : 'Dark';
      const results = checkContrast(resolved, { outline });
      /** The nearest value of `token` that passes with every colour it is drawn with or under. */
      const fixFor = (token) => {
        const from = parseColor(resolved[token]);
        const against = results
          .filter((pair) => pair.fg === token || pair.bg === token)
          .map((pair) => ({ colour: parseColor(resolved[pair.fg === token ? pair.bg : pair.fg]), min: pair.min }));
        return from && against.every((pair) => pair.colour) ? nearestPassing(from, against) : undefined;
      };
      const rows = results.map((result) => {
        if (!result.pass) failures += 1;
        // The control the pair names for fixing, else the other one, when no value of it passes.
        const [first, second] = result.fix === 'fg' ? [result.fg, result.bg] : [result.bg, result.fg];
        const firstFix = result.pass ? undefined : fixFor(first);
        const token = firstFix || result.pass ? first : second;
        const better = firstFix ?? (result.pass ? undefined : fixFor(second));
        const label = `${LABELS[result.fg]}${result.fg === 'brand' && result.bg !== 'faceFill' && outline ? ' (outline button text)' : ''} on ${LABELS[result.bg]}`;
        return el(
          'tr',
          { 'data-pair': `${result.fg}/${result.bg}`, 'data-pass': String(result.pass) },
          el('th', { scope: 'row' }, label),
          el('td', {}, result.ratio === undefined ? 'unreadable' : `${result.ratio.toFixed(2)}:1`),
          el('td', {}, `${result.min}:1 (WCAG ${result.sc})`),
          el('td', { class: result.pass ? 'pass' : 'fail' }, result.pass ? 'Pass' : 'Fail'),
          el(
            'td',
            {},
            better &&
              el(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'data-fix': token,
                  onclick: () => onFix(scheme, token, better),
                },
                el('span', { class: 'chip', style: `background: ${better}` }),
                `Use ${better} for ${LABELS[token]}`,
              ),
          ),
        );
      });
      return el(
        'div',
        {
          class: 'table-wrap',
          tabindex: '0',
          role: 'group',
          'aria-label': `${name} scheme contrast`,
          'data-scheme': scheme,
        },
        el(
          'table',
          {},
          el('caption', {}, `${name} scheme`),
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ['Colours', 'Ratio', 'Needs', 'Result', 'Nearest passing value'].map((h) =>
                el('th', { scope: 'col' }, h),
              ),
            ),
          ),
          el('tbody', {}, rows),
        ),
      );
    });
    const summary = failures
      ? el(
          'p',
          { class: 'warning', role: 'status', id: 'contrast-summary' },
          `${failures} colour pair${failures > 1 ? 's' : ''} fail WCAG 2.2 AA: shoppers may not be able to read or see this theme. Fix before shipping.`,
        )
      : el('p', { class: 'ok', role: 'status', id: 'contrast-summary' }, 'Every colour pair meets WCAG 2.2 AA.');
    output.replaceChildren(summary, ...tables);
  };
}
