import { describe, expect, it } from 'vitest';
import { createFollowUp } from '../../../src/ui/follow-up.ts';
import { PARTS } from '../../../src/ui/prompt-parts.ts';

describe('createFollowUp', () => {
  it('adds its own sheet to the prompt’s shadow root, beside the prompt’s', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    PARTS.applyShadowStyles(root);
    createFollowUp(root, PARTS);
    expect(root.adoptedStyleSheets).toHaveLength(2);
  });
});
