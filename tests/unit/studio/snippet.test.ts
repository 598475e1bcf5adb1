import { describe, expect, it } from 'vitest';
import { npmFor, snippetFor, snippetIntro } from '../../../demo/studio/snippet.js';
import { DEFAULT_STATE } from '../../../demo/studio/state.js';

const SITE = { scriptUrl: 'https://shop.example/feelback.js', endpoint: 'https://shop.example/answers', site: 's' };
const inline = { ...DEFAULT_STATE, placement: 'inline' as const };

describe('the inline placement’s export', () => {
  it('brings the slot the prompt shows in, first, and says to move it where the prompt belongs', () => {
    const snippet = snippetFor(inline, SITE);
    expect(snippet).toMatch(/^<!-- [^\n]+ -->\n<div id="feelback-slot"><\/div>\n<script>\n/);
    expect(snippet).toContain('"inline": "#feelback-slot"');
    expect(snippetIntro(inline)).toContain('<div id="feelback-slot"></div>');
    expect(snippetIntro(inline)).not.toContain('needs nothing else');
    expect(npmFor(inline, SITE)).toContain('<div id="feelback-slot"></div>');
  });

  it('is as before for the other placements, which need nothing else', () => {
    expect(snippetFor(DEFAULT_STATE, SITE)).toMatch(/^<script>\n/);
    expect(snippetFor(DEFAULT_STATE, SITE)).not.toContain('feelback-slot');
    expect(snippetIntro(DEFAULT_STATE)).toContain('it needs nothing else');
  });
});
