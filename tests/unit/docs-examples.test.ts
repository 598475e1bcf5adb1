// @vitest-environment node
import { expect, it } from 'vitest';
import { docBlocks, fileText, snippet } from '../e2e/support/doc-blocks.ts';

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

// A snippet shown elsewhere too (the README's recipes) is the one the tests read from docs/recipes.md.
const snippets = DOCS.filter((doc) => doc !== 'docs/recipes.md').flatMap((doc) =>
  docBlocks(doc)
    .filter((block) => block.kind === 'snippet')
    .map((block) => [doc, block.name, block.code] as const),
);

it.each(snippets)('%s shows the snippet %s as the tests run it', (_doc, name, code) => {
  expect(code).toBe(snippet('docs/recipes.md', name));
});

it('the docs show the example apps and the snippets the tests run', () => {
  const all = DOCS.flatMap((doc) => docBlocks(doc).map((block) => `${block.kind}: ${block.name}`));
  expect(all).toEqual(
    expect.arrayContaining([
      'example: tests/apps/vite-spa/main.ts',
      'example: tests/apps/react/App.tsx',
      'example: tests/apps/vue/main.ts',
      'example: tests/apps/vue/shop.ts',
      'example: tests/apps/vue/Checkout.ts',
      'example: tests/apps/ssr/feedback.tsx',
      'snippet: gtm-setup',
      'snippet: gtm-step',
    ]),
  );
});
