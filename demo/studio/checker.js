/** The contrast check of the chosen colours (WCAG 1.4.3 text, 1.4.11 non-text), per colour scheme. */
import { checkContrast } from './contrast.js';
import { el } from './dom.js';

/** Any CSS colour as `rgb(…)`, as the browser computes it ('' when it is not a colour). */
function computed(probe, value) {
  probe.style.color = '';
  probe.style.color = value;
  return probe.style.color ? getComputedStyle(probe).color : '';
}

export function buildChecker(container) {
  const probe = el('span', { hidden: true });
  container.append(probe);
  const output = el('div');
  container.append(output);

  /** `themes`: [{ name: 'Light', colours: token → value }]. */
  return function update(themes) {
    let failures = 0;
    const tables = themes.map(({ name, colours }) => {
      const resolved = Object.fromEntries(
        Object.entries(colours).map(([token, value]) => [token, computed(probe, value)]),
      );
      const rows = checkContrast(resolved).map((result) => {
        if (!result.pass) failures += 1;
        return el(
          'tr',
          { 'data-pair': `${result.fg}/${result.bg}`, 'data-pass': String(result.pass) },
          el('th', { scope: 'row' }, result.label),
          el('td', {}, result.ratio === undefined ? 'unreadable' : `${result.ratio.toFixed(2)}:1`),
          el('td', {}, `${result.min}:1 (WCAG ${result.sc})`),
          el('td', { class: result.pass ? 'pass' : 'fail' }, result.pass ? 'Pass' : 'Fail'),
        );
      });
      return el(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'group', 'aria-label': `${name} scheme contrast` },
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
              ['Colours', 'Ratio', 'Needs', 'Result'].map((h) => el('th', { scope: 'col' }, h)),
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
