/** Emotion words offered after a rating, by its valence. The keys travel in the payload. */
export const EMOTIONS = {
  negative: ['frustrated', 'confused', 'worried', 'disappointed', 'annoyed'],
  neutral: ['unsure', 'indifferent', 'patient', 'curious', 'fine'],
  positive: ['happy', 'relieved', 'reassured', 'delighted', 'surprised'],
} as const;

export type EmotionKey = (typeof EMOTIONS)[keyof typeof EMOTIONS][number];

export const en = {
  region: 'Feedback',
  question: 'How did this make you feel?',
  /** Accessible names of the faces, most negative first. */
  ratings: ['Very unhappy', 'Unhappy', 'Neither happy nor unhappy', 'Happy', 'Very happy'],
  emotionsLegend: 'Any words that fit? (optional)',
  /** Labels of the emotion words; in English the capitalised key serves. */
  emotions: {} as Partial<Record<EmotionKey, string>>,
  commentLabel: 'Anything to add? (optional)',
  commentHint: 'Please leave out personal details such as your name, email or order number.',
  send: 'Send',
  close: 'Close',
  promptAvailable: 'Survey at the bottom of the page: {question}',
  thanks: 'Thank you! Your answer helps us improve.',
  savedOffline: 'Thank you! Your answer is saved — we’ll send it when you’re back online.',
};

export type Strings = typeof en;

export const emotionLabel = (strings: Strings, key: EmotionKey) =>
  strings.emotions[key] ?? key[0]?.toUpperCase() + key.slice(1);
