import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { enHelp } from '../../../src/i18n/en-help.ts';
import { HelpCard } from '../../../src/ui/HelpCard.ts';
import { PARTS } from '../../../src/ui/prompt-parts.ts';

/** The card for a link to `to`, drawn on its own. */
function card(to: string) {
  const root = document.createElement('div');
  const offer = { action: 'link', to, threshold: 2 } as const;
  render(HelpCard(PARTS, { strings: enHelp, text: 'Sorry.', offer, onTake: () => {} }), root);
  return root;
}

describe('HelpCard', () => {
  it.each([
    ['https://shop.example/help', true],
    ['HTTP://shop.example/help', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
  ])('links the help %s only if it is a web page (%s)', (to, linked) => {
    const root = card(to);
    expect(root.querySelector('a')?.getAttribute('href') ?? null).toBe(linked ? to : null);
    expect(root.querySelector('p')?.textContent).toBe('Sorry.');
  });
});
