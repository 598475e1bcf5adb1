/**
 * The contrast check of the chosen colours (WCAG 1.4.3 text, 1.4.11 non-text), per colour
 * scheme, on every page a shopper can see it on. Rows are named after the controls; a failing one
 * offers the nearest passing value.
 */
import { checkPairs, nearestPassing, pairsToCheck } from './contrast.js';
import { el } from './dom.js';
import { drawnColours } from './drawing.js';
import { cardColours, pageColour } from './probe.js';
import { LABELS } from './tokens.js';

const SCHEME_NAMES = { light: 'Light', dark: 'Dark' };
const ratioText = (ratio) => (ratio === undefined ? 'unreadable' : `${ratio.toFixed(2)}:1`);

/** `onFix(scheme, token, value)` applies a suggested value. */
export function buildChecker(container, onFix) {
  // Updated in place, never rebuilt: a live region inserted afresh is often not announced.
  const summary = el('p', { role: 'status', id: 'contrast-summary' });
  const tables = el('div');
  container.append(summary, tables);

  /**
   * `themes`: [{ scheme, colours: token → value, outline, colorScheme, pages }]: `colorScheme` is
   * the widget host's in that scheme, `pages` every page under it ([{ look, colour }]); a
   * see-through card shows the page, not white.
   */
  return function update(themes) {
    let failures = 0;
    const built = themes.map(({ scheme, colours, outline, colorScheme, pages }) => {
      const asDrawn = cardColours(colours, colorScheme);
      // A fully see-through face fill shows the background, already checked: no face fill rows.
      const pairs = pairsToCheck({ outline, faceFill: asDrawn('face', 'backgroundColor')?.[3] !== 0 });
      /** Each page's results with these colours. */
      const checked = (values, read = cardColours(values, colorScheme)) =>
        pages.map(({ look, colour }) => ({
          look,
          results: checkPairs(pairs, drawnColours(read, pageColour(colour, look), { outline })),
        }));
      const onPages = checked(colours, asDrawn);
      /**
       * The nearest value of `token` that passes with every colour it is drawn with or under, on
       * every page, starting `from` its colour as drawn; checked again as drawn, since a colour
       * may follow another (`currentcolor`), and then no value of this one passes.
       */
      const fixFor = (token, from) => {
        const against = onPages.flatMap(({ results }) =>
          results
            .filter((pair) => pair.fg === token || pair.bg === token)
            .map((pair) => ({ colour: pair.fg === token ? pair.colours.bg : pair.colours.fg, min: pair.min })),
        );
        const value = from && against.every((pair) => pair.colour) ? nearestPassing(from, against) : undefined;
        const passes = (results) => results.every((pair) => pair.pass || (pair.fg !== token && pair.bg !== token));
        return value && checked({ ...colours, [token]: value }).every(({ results }) => passes(results))
          ? value
          : undefined;
      };
      const rows = pairs.map((pair, index) => {
        const each = onPages.map(({ look, results }) => ({ look, result: results[index] }));
        const worst = each.reduce((a, b) => ((b.result.ratio ?? 0) < (a.result.ratio ?? 0) ? b : a)).result;
        const pass = each.every(({ result }) => result.pass);
        if (!pass) failures += 1;
        // The control the pair names for fixing, else the other one, when no value of it passes.
        const [first, second] = pair.fix === 'fg' ? [pair.fg, pair.bg] : [pair.bg, pair.fg];
        const colourOf = (token) => (token === pair.fg ? worst.colours.fg : worst.colours.bg);
        const firstFix = pass ? undefined : fixFor(first, colourOf(first));
        const token = firstFix || pass ? first : second;
        const better = firstFix ?? (pass ? undefined : fixFor(second, colourOf(second)));
        const ratios = new Set(each.map(({ result }) => ratioText(result.ratio)));
        const ratio =
          ratios.size === 1
            ? [...ratios][0]
            : each.map(({ look, result }) => `${ratioText(result.ratio)} on the ${look} page`).join(', ');
        const label = `${LABELS[pair.fg]}${pair.fg === 'brand' && pair.bg !== 'faceFill' && outline ? ' (outline button text)' : ''} on ${LABELS[pair.bg]}`;
        return el(
          'tr',
          { 'data-pair': `${pair.fg}/${pair.bg}`, 'data-pass': String(pass) },
          el('th', { scope: 'row' }, label),
          el('td', {}, ratio),
          el('td', {}, `${pair.min}:1 (WCAG ${pair.sc})`),
          el('td', { class: pass ? 'pass' : 'fail' }, pass ? 'Pass' : 'Fail'),
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
      const name = SCHEME_NAMES[scheme];
      const where =
        pages.length > 1
          ? `, on your ${pages.map(({ look }) => look).join(' and your ')} page (shoppers’ systems differ)`
          : '';
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
          el('caption', {}, `${name} scheme${where}`),
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
    const text = failures
      ? `${failures} colour pair${failures > 1 ? 's' : ''} fail WCAG 2.2 AA: shoppers may not be able to read or see this theme. Fix before shipping.`
      : 'Every colour pair meets WCAG 2.2 AA.';
    summary.className = failures ? 'warning' : 'ok';
    // Only a change is said again.
    if (summary.textContent !== text) summary.textContent = text;
    tables.replaceChildren(...built);
  };
}
