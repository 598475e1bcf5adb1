/** Emotion words offered after a rating, by its valence. The keys travel in the payload. */
export const EMOTIONS = {
  negative: ['frustrated', 'confused', 'worried', 'disappointed', 'annoyed'],
  neutral: ['unsure', 'indifferent', 'patient', 'curious', 'fine'],
  positive: ['happy', 'relieved', 'reassured', 'delighted', 'surprised'],
} as const;

export type EmotionKey = (typeof EMOTIONS)[keyof typeof EMOTIONS][number];
