// @vitest-environment node
import { expect, it } from 'vitest';
import { HINTS } from '../../../demo/studio/tokens.js';
import { fileText } from '../../e2e/support/doc-blocks.ts';

it('the font weight hint names the weights the widget takes, as the docs do', () => {
  expect(fileText('docs/theming.md')).toMatch(/`fontWeight` \| `400` \| a number \(1–1000\)/);
  expect(HINTS.fontWeight).toMatch(/^a number, 1–1000\b/);
});
