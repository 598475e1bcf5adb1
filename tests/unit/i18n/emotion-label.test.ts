// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emotionLabel } from '../../../src/i18n/emotion-label.ts';
import { en } from '../../../src/i18n/en.ts';

describe('emotionLabel', () => {
  it('capitalises the key when there is no label', () => {
    expect(emotionLabel(en, 'relieved')).toBe('Relieved');
  });

  it('uses a label when the strings have one', () => {
    expect(emotionLabel({ ...en, emotions: { relieved: 'Erleichtert' } }, 'relieved')).toBe('Erleichtert');
  });
});
