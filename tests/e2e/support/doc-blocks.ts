import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface DocBlock {
  /** `example` (the block is that file, word for word) or `snippet` (a test runs the block). */
  kind: 'example' | 'snippet';
  /** The example's file, relative to the repository, or the snippet's name. */
  name: string;
  code: string;
}

/**
 * The code blocks of a Markdown file that a test stands behind: each follows a comment
 * `<!-- example: tests/apps/vite-spa/main.ts -->` or `<!-- snippet: gtm-setup -->`.
 */
export function docBlocks(doc: string): DocBlock[] {
  const text = readFileSync(`${ROOT}${doc}`, 'utf8');
  const blocks: DocBlock[] = [];
  const pattern = /<!-- (example|snippet): (\S+) -->\n+```\w*\n([\s\S]*?)\n```/g;
  for (const [, kind, name, code] of text.matchAll(pattern)) {
    blocks.push({ kind: kind as DocBlock['kind'], name: name as string, code: code as string });
  }
  return blocks;
}

/** One snippet of a doc, by name; throws when the doc lost it. */
export function snippet(doc: string, name: string): string {
  const found = docBlocks(doc).find((block) => block.kind === 'snippet' && block.name === name);
  if (!found) throw new Error(`${doc} has no snippet "${name}"`);
  return found.code;
}

/** A file of the repository, as an example block shows it. */
export const fileText = (path: string): string => readFileSync(`${ROOT}${path}`, 'utf8').trimEnd();
