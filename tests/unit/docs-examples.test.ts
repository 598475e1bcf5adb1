// @vitest-environment node
import { expect, it } from 'vitest';
import { docBlocks, fileText } from '../e2e/support/doc-blocks.ts';

// The code the docs show is code the tests run: an example block is a file of tests/apps/ (built
// and driven in Chromium), word for word; a snippet block is read and run by a named test.
const DOCS = ['README.md', 'docs/react.md', 'docs/vue.md', 'docs/recipes.md', 'docs/shopify.md'];

const examples = DOCS.flatMap((doc) =>
  docBlocks(doc)
    .filter((block) => block.kind === 'example')
    .map((block) => [doc, block.name, block.code] as const),
);

it.each(examples)('%s shows %s as it is', (_doc, file, code) => {
  expect(code).toBe(fileText(file));
});

it('the docs show the example apps and the snippets the tests run', () => {
  const all = DOCS.flatMap((doc) => docBlocks(doc).map((block) => `${block.kind}: ${block.name}`));
  expect(all).toEqual(
    expect.arrayContaining([
      'example: tests/apps/vite-spa/main.ts',
      'example: tests/apps/react/App.tsx',
      'example: tests/apps/vue/main.ts',
      'example: tests/apps/ssr/feedback.tsx',
      'snippet: gtm-setup',
      'snippet: gtm-step',
    ]),
  );
});
