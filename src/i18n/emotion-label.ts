import type { EmotionKey } from './emotions.js';
import type { Strings } from './en.js';

/** An emotion word's label: the language's own, or in English the capitalised key. */
export const emotionLabel = (strings: Strings, key: EmotionKey) =>
  strings.emotions[key] ?? key[0]?.toUpperCase() + key.slice(1);
